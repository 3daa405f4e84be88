#!/bin/bash
# Locks the audit container's time-based retention policy, creating it first when it is missing.
# Run by the deployment (a deployment script) when lockAuditPolicy is true, so it must be safe to
# run again: a locked policy can no longer be replaced, only extended, so a locked one is extended
# when AUDIT_DAYS grew and otherwise left alone.
set -euo pipefail

policy() { az storage container immutability-policy "$@" -g "$GROUP" --account-name "$ACCOUNT" -c "$CONTAINER"; }

# A new role assignment takes a while to reach the storage resource provider: retry for 5 minutes.
retry() {
  for attempt in $(seq 1 30); do
    if "$@"; then return 0; fi
    echo "attempt $attempt failed; retrying in 10 s" >&2
    sleep 10
  done
  return 1
}

retry policy show -o none
state=$(policy show --query state -o tsv)
if [ "$state" != "Locked" ]; then
  retry policy create --period "$AUDIT_DAYS" --allow-protected-append-writes true -o none
  etag=$(policy show --query etag -o tsv)
  retry policy lock --if-match "$etag" -o none
  echo "locked: $AUDIT_DAYS days, protected appends allowed"
else
  days=$(policy show --query immutabilityPeriodSinceCreationInDays -o tsv)
  if [ "$days" -lt "$AUDIT_DAYS" ]; then
    etag=$(policy show --query etag -o tsv)
    retry policy extend --period "$AUDIT_DAYS" --allow-protected-append-writes true --if-match "$etag" -o none
    echo "extended from $days to $AUDIT_DAYS days"
  else
    echo "already locked at $days days"
  fi
fi
