import CGrailGC
/// An executing (or suspended) function, module or class body: the code,
/// its namespaces and one buffer holding fast locals, cells and the value
/// stack. Frames are collected, never explicitly freed, so tracebacks and
/// generators can keep them. A function frame that never became visible to
/// Python code (no traceback, `sys._getframe`, `f_back`, generator) goes back
/// to its thread's pool when the call returns and is reused by a later call
/// (`escaped` records visibility; see `FramePool`).
/// Thread-safety: a frame runs on one thread at a time (a generator running
/// on two threads at once raises ValueError); pools are per thread.
public final class Frame: PyObject {
    // The object references of a frame are unowned(unsafe): Python objects
    // are ARC-immortal and kept alive by the collector, which scans the frame,
    // so pooled frames are reset and reused without retain/release traffic.
    public private(set) unowned(unsafe) var code: PyCode
    public private(set) unowned(unsafe) var globals: PyDict
    public private(set) unowned(unsafe) var builtins: PyDict
    /// The locals mapping of module and class bodies (nil for functions).
    public unowned(unsafe) var locals: PyObject?
    /// fast[0..<nlocals] locals, then ncells cells, then the value stack.
    public let fast: UnsafeMutablePointer<Value>
    /// Slots in `fast` (at least what `code` needs).
    let capacity: Int
    public private(set) var stackBase: Int
    /// Python code can see this frame (or a frame called from it): never pooled.
    var escaped = false
    /// Index of the next free stack slot (absolute in `fast`).
    public var sp: Int
    /// Index of the next instruction to run.
    public var pc: Int = 0
    /// Index of the instruction running (or last run).
    public var lasti: Int = -1
    public unowned(unsafe) var back: Frame?
    public unowned(unsafe) var function: PyFunction?
    /// The dict `locals()` returns for a function frame (CPython's f_locals):
    /// one object per frame, refreshed from the fast locals on each call.
    public var localsSnapshot: PyDict?

    public init(code: PyCode, globals: PyDict, builtins: PyDict, locals: PyObject?) {
        self.code = code
        self.globals = globals
        self.builtins = builtins
        self.locals = locals
        let n = FramePool.capacity(for: code)
        capacity = n
        fast = UnsafeMutablePointer<Value>.allocate(capacity: n)
        fast.initialize(repeating: .null, count: n)
        stackBase = code.nlocals + code.ncells
        sp = stackBase
        super.init(type: PyType.frame, noDict: ())
    }

    /// Prepares a pooled frame for a new call (its slots were cleared on release).
    func reuse(code: PyCode, globals: PyDict, builtins: PyDict) {
        self.code = code
        self.globals = globals
        self.builtins = builtins
        stackBase = code.nlocals + code.ncells
        sp = stackBase
        pc = 0
        lasti = -1
    }

    /// Marks this frame and its callers as visible to Python code.
    func markEscaped() {
        var cur: Frame? = self
        while let c = cur, !c.escaped {
            c.escaped = true
            cur = c.back
        }
    }

    /// Current line number (`f_lineno`).
    public var lineno: Int { code.line(at: max(lasti, 0)) }
}

/// Per-thread free lists of function frames by size class (powers of two
/// from 16 slots), so a call reuses a frame instead of allocating two
/// collected objects. Thread-safety: owned by one thread (in its ThreadState).
struct FramePool {
    static let classes = 12
    static let perClass = 32
    /// `classes` stacks of `perClass` frame addresses, in one collector-visible
    /// block (the ThreadState that owns the pool is reachable from the
    /// runtime's thread table), and the depth of each stack. Raw addresses
    /// instead of `[[Frame]]`: no uniqueness checks, bounds checks or
    /// retain/release per call.
    private let slots: UnsafeMutablePointer<UnsafeMutableRawPointer?> = {
        let p = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: FramePool.classes * FramePool.perClass)
        p.initialize(repeating: nil, count: FramePool.classes * FramePool.perClass)
        return p
    }()
    private let counts: UnsafeMutablePointer<Int> = {
        let p = UnsafeMutablePointer<Int>.allocate(capacity: FramePool.classes)
        p.initialize(repeating: 0, count: FramePool.classes)
        return p
    }()

    /// Slot count for `code`'s frames (rounded up to the size class).
    @inline(__always) static func capacity(for code: PyCode) -> Int {
        let n = code.nlocals + code.ncells + code.stackSize + 1
        if n <= 16 { return 16 }
        let c = 1 << (Int.bitWidth - (n - 1).leadingZeroBitCount)
        return c
    }

    @inline(__always) static func sizeClass(_ capacity: Int) -> Int {
        (Int.bitWidth - 1 - capacity.leadingZeroBitCount) - 4
    }

    /// A frame for a call of `code`: from the pool when one is free.
    @inline(__always)
    func take(_ code: PyCode, _ globals: PyDict, _ builtins: PyDict) -> Frame {
        let c = FramePool.sizeClass(FramePool.capacity(for: code))
        if c < FramePool.classes {
            let n = counts[c]
            if n > 0, let p = slots[c * FramePool.perClass + n - 1] {
                counts[c] = n - 1
                let f = Unmanaged<Frame>.fromOpaque(p).takeUnretainedValue()
                f.reuse(code: code, globals: globals, builtins: builtins)
                return f
            }
        }
        return Frame(code: code, globals: globals, builtins: builtins, locals: nil)
    }

    /// Returns a finished, never-escaped frame to the pool (clearing its
    /// slots so the collector does not see stale references).
    @inline(__always)
    func give(_ f: Frame) {
        let c = FramePool.sizeClass(f.capacity)
        guard c < FramePool.classes else { return }
        let n = counts[c]
        guard n < FramePool.perClass else { return }
        let code = f.code
        f.fast.initialize(repeating: .null, count: code.nlocals + code.ncells + code.stackSize + 1)  // raw slots (StackSlots)
        f.back = nil
        f.function = nil
        f.locals = nil
        f.localsSnapshot = nil
        slots[c * FramePool.perClass + n] = Unmanaged.passUnretained(f).toOpaque()
        counts[c] = n + 1
    }
}

/// Per-thread execution state: the frame chain, the exception being handled
/// (`sys.exc_info()`), the Python recursion depth and the Swift stack bound.
/// Thread-safety: owned by one thread (reached through a C thread-local);
/// other threads only read `frame` for `sys._current_frames`-style queries.
public final class ThreadState {
    /// The running frame (unowned: frames are ARC-immortal Python objects,
    /// kept alive by the collector through the Swift stack of `run`).
    public unowned(unsafe) var frame: Frame?
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
    /// Reusable function frames.
    var framePool = FramePool()

    public init(ident: Int) {
        self.ident = ident
        // Immortal like Python objects: the interpreter passes it around
        // constantly and its retains would otherwise be atomic increments.
        grail_make_immortal(Unmanaged.passUnretained(self).toOpaque())
    }
}
