"""The command line: thin wrappers over the same services the window calls."""
