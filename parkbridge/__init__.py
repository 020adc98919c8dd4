"""ParkBridge: a registry of technology parks, industrial parks and economic zones, and the
cooperation around them."""

__version__ = "0.1.0"
