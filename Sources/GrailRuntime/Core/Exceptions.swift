import GrailSyntax
/// A Python exception instance (`BaseException` and every subclass,
/// including Python-defined ones, use this class; extra attributes such as
/// `StopIteration.value` or `OSError.errno` live in the instance dict).
/// It is also the Swift error thrown through the runtime: every throwing
/// runtime function is `throws(PyBaseException)`. Thread-safety: fields are
/// written by the raising thread; sharing an exception object between threads
/// gives racy but memory-safe results.
public final class PyBaseException: PyObject, Error, @unchecked Sendable {
    public var args: PyTuple
    public var traceback: PyTraceback?
    public var cause: PyBaseException?
    public var context: PyBaseException?
    public var suppressContext = false
    /// The front-end error behind a SyntaxError (for CPython-style display).
    public var frontEnd: (PySyntaxError, TokenizedSource?)? = nil {
        didSet { frontEndAnchor = frontEnd.map { PyStr.anchor($0.0.message) } ?? 0 }
    }
    private var frontEndAnchor: UInt = 0

    public init(type: PyType, args: [Value]) {
        self.args = PyTuple(args)
        super.init(type: type)
    }

    /// `str(exc)` for messages built by the runtime.
    public var message: String {
        if args.count == 1, case .obj(let s as PyStr) = args.items[0] { return s.value }
        return (try? Ops.str(.obj(self)).value) ?? ""
    }
}

/// A traceback entry (`tb_frame`, `tb_lineno`, `tb_lasti`, `tb_next`).
/// Thread-safety: immutable after creation except `next`, written by the
/// unwinding thread.
public final class PyTraceback: PyObject {
    public let frame: Frame
    public let lasti: Int
    public let lineno: Int
    public var next: PyTraceback?
    public init(frame: Frame, lasti: Int, lineno: Int, next: PyTraceback?) {
        self.frame = frame; self.lasti = lasti; self.lineno = lineno; self.next = next
        frame.markEscaped()
        super.init(type: PyType.traceback, noDict: ())
    }
}

/// Builds runtime exceptions with CPython's messages.
public enum PyErr {
    @inline(never)
    public static func make(_ t: PyType, _ msg: String) -> PyBaseException {
        PyBaseException(type: t, args: [.str(msg)])
    }
    public static func typeError(_ m: String) -> PyBaseException { make(ExcTypes.typeError, m) }
    public static func valueError(_ m: String) -> PyBaseException { make(ExcTypes.valueError, m) }
    public static func indexError(_ m: String) -> PyBaseException { make(ExcTypes.indexError, m) }
    public static func keyError(_ k: Value) -> PyBaseException { PyBaseException(type: ExcTypes.keyError, args: [k]) }
    public static func attributeError(_ m: String) -> PyBaseException { make(ExcTypes.attributeError, m) }
    public static func nameError(_ name: String) -> PyBaseException {
        let e = make(ExcTypes.nameError, "name '\(name)' is not defined")
        e.dict?.setStr("name", .str(name))
        return e
    }
    public static func zeroDivision(_ m: String) -> PyBaseException { make(ExcTypes.zeroDivisionError, m) }
    public static func overflow(_ m: String) -> PyBaseException { make(ExcTypes.overflowError, m) }
    public static func runtimeError(_ m: String) -> PyBaseException { make(ExcTypes.runtimeError, m) }
    public static func notImplemented(_ m: String) -> PyBaseException { make(ExcTypes.notImplementedError, m) }
    public static func recursion(_ m: String = "maximum recursion depth exceeded") -> PyBaseException { make(ExcTypes.recursionError, m) }
    public static func stopIteration(_ v: Value? = nil) -> PyBaseException {
        let e = PyBaseException(type: ExcTypes.stopIteration, args: v.map { [$0] } ?? [])
        e.dict?.setStr("value", v ?? .None)
        return e
    }
    public static func memoryError() -> PyBaseException { PyBaseException(type: ExcTypes.memoryError, args: []) }
    public static func unboundLocal(_ name: String) -> PyBaseException {
        make(ExcTypes.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
    }
    public static func osError(_ errno: Int32, _ msg: String, filename: String? = nil) -> PyBaseException {
        let t = ExcTypes.osErrorSubclass(Int(errno)) ?? ExcTypes.osError
        var args: [Value] = [.int(Int(errno)), .str(msg)]
        if let f = filename { args.append(.str(f)) }
        let e = PyBaseException(type: t, args: args)
        e.dict?.setStr("errno", .int(Int(errno)))
        e.dict?.setStr("strerror", .str(msg))
        e.dict?.setStr("filename", filename.map { .str($0) } ?? .None)
        return e
    }
}
