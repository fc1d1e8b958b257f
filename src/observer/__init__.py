"""Observer: offline lesson observation and teacher mentoring."""

__version__ = "0.1.0"
APP_NAME = "Observer"
APP_ORG = "Observer"
