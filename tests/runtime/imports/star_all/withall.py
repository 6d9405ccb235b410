__all__ = ["public", "Exported"]
public = 1
also_public_but_not_listed = 2
_hidden = 3
class Exported:
    pass
