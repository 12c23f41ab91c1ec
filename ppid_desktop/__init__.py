"""PPID Desktop: offline documentation of exempted public information (UU 14/2008)."""

# The single source of the version: pyproject.toml reads it (hatch), build.spec and the About
# dialog import it. A literal, not importlib.metadata: that lookup costs 40 ms at every start.
__version__ = "0.1.0"
