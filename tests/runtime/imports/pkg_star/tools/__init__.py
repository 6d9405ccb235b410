__all__ = ["alpha", "beta", "helper_fn"]
def helper_fn():
    return "helper"
