#!/usr/bin/env bash
# Placeholder: filled in with its end-to-end checks.
exit 0
