/// An executing (or suspended) function, module or class body: the code,
/// its namespaces and one buffer holding fast locals, cells and the value
/// stack. Frames are collected, never explicitly freed, so tracebacks and
/// generators can keep them. Thread-safety: a frame runs on one thread at a
/// time (a generator running on two threads at once raises ValueError).
public final class Frame: PyObject {
    public let code: PyCode
    public let globals: PyDict
    public let builtins: PyDict
    /// The locals mapping of module and class bodies (nil for functions).
    public var locals: PyObject?
    /// fast[0..<nlocals] locals, then ncells cells, then the value stack.
    public let fast: UnsafeMutablePointer<Value>
    public let stackBase: Int
    /// Index of the next free stack slot (absolute in `fast`).
    public var sp: Int
    /// Index of the next instruction to run.
    public var pc: Int = 0
    /// Index of the instruction running (or last run).
    public var lasti: Int = -1
    public var back: Frame?
    public var function: PyFunction?
    /// The dict `locals()` returns for a function frame (CPython's f_locals):
    /// one object per frame, refreshed from the fast locals on each call.
    public var localsSnapshot: PyDict?

    public init(code: PyCode, globals: PyDict, builtins: PyDict, locals: PyObject?) {
        self.code = code
        self.globals = globals
        self.builtins = builtins
        self.locals = locals
        let n = code.nlocals + code.ncells + code.stackSize + 1
        fast = UnsafeMutablePointer<Value>.allocate(capacity: n)
        fast.initialize(repeating: .null, count: n)
        stackBase = code.nlocals + code.ncells
        sp = stackBase
        super.init(type: PyType.frame, noDict: ())
    }

    /// Current line number (`f_lineno`).
    public var lineno: Int { code.line(at: max(lasti, 0)) }
}

/// Per-thread execution state: the frame chain, the exception being handled
/// (`sys.exc_info()`), the Python recursion depth and the Swift stack bound.
/// Thread-safety: owned by one thread (reached through a C thread-local);
/// other threads only read `frame` for `sys._current_frames`-style queries.
public final class ThreadState {
    public var frame: Frame?
    /// The exception currently being handled (set by PUSH_EXC_INFO).
    public var handled: PyBaseException?
    public var depth: Int = 0
    /// Lowest Swift stack address this thread may use before RecursionError.
    public var stackLimit: UInt = 0
    /// Set by RERAISE so the unwinder does not add a traceback entry.
    public var reraising = false
    /// Value of the last StopIteration swallowed by `Ops.next` (for SEND/yield from).
    public var lastStopValue: Value = .None
    /// Containers being repr()ed on this thread (recursion guard).
    public var reprStack: [PyObject] = []
    /// Set while a native operation's fallback to a type's native dunder runs (guards re-entry).
    public var fallbackStack: [PyObject] = []
    public let ident: Int
    /// The thread that runs the main program (receives KeyboardInterrupt).
    public var isMain = false
    /// This thread's attribute dicts of `_thread._local` objects, by serial.
    var localDicts: [Int: PyDict] = [:]
    /// Locks from `_thread._set_sentinel`, released when the thread ends.
    var sentinels: [PyLock] = []

    public init(ident: Int) { self.ident = ident }
}
