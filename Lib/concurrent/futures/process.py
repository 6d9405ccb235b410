"""ProcessPoolExecutor placeholder: Grail cannot fork worker processes."""

from concurrent.futures import _base


class ProcessPoolExecutor(_base.Executor):
    """Not available in Grail: constructing one raises NotImplementedError."""

    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        raise NotImplementedError(
            "ProcessPoolExecutor is not available in Grail")
