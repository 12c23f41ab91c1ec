"""Pure-Python domain: records, SOP model, rules and validation. No Qt, no SQL."""
