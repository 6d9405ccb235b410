import Synchronization
/// A generator object: a suspended frame resumed by `send`/`next`/`throw`.
/// Thread-safety: `running` guards against re-entry ("generator already
/// executing"); running one generator from two threads at once raises
/// ValueError in one of them, as in CPython. `__name__`/`__qualname__` are
/// writable from any thread: each is one word-sized atomic reference to an
/// immutable (ARC-immortal, collector-visible) `PyStr`, replaced whole, so a
/// reader always sees either the old or the new string.
public final class PyGenerator: PyObject {
    /// Claimed (compare-and-swap) by `send`/`throw` before the frame is touched,
    /// so two threads can never run one generator's frame at once.
    private let gate = Atomic<Bool>(false)
    public let frame: Frame
    private let nameStore: Atomic<Unmanaged<PyStr>>
    private let qualnameStore: Atomic<Unmanaged<PyStr>>
    /// `gen.__name__` (initially the function's `__name__`).
    public var name: PyStr {
        get { nameStore.load(ordering: .acquiring).takeUnretainedValue() }
        set { nameStore.store(Unmanaged.passUnretained(newValue), ordering: .releasing) }
    }
    /// `gen.__qualname__` (initially the function's `__qualname__`).
    public var qualname: PyStr {
        get { qualnameStore.load(ordering: .acquiring).takeUnretainedValue() }
        set { qualnameStore.store(Unmanaged.passUnretained(newValue), ordering: .releasing) }
    }
    public private(set) var running = false
    public private(set) var finished = false
    /// The value of the last `return` (StopIteration.value).
    public private(set) var returnValue: Value = .None
    private var started = false
    /// The exception state saved while suspended.
    private var savedHandled: PyBaseException?

    public init(frame: Frame, function: PyFunction) {
        self.frame = frame
        nameStore = Atomic(Unmanaged.passUnretained(function.name))
        qualnameStore = Atomic(Unmanaged.passUnretained(function.qualname))
        super.init(type: PyType.generator, noDict: ())
    }

    /// Resumes with `value`; returns the yielded value or nil when the
    /// generator returned (see `returnValue`).
    public func send(_ value: Value) throws(PyBaseException) -> Value? {
        guard gate.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
            throw PyErr.valueError("generator already executing")
        }
        defer { gate.store(false, ordering: .releasing) }
        if finished { returnValue = .None; return nil }
        if !started && !value.isNone {
            throw PyErr.typeError("can't send non-None value to a just-started generator")
        }
        if started { frame.fast[frame.sp] = value; frame.sp += 1 }
        return try resume()
    }

    func resume() throws(PyBaseException) -> Value? {
        if running { throw PyErr.valueError("generator already executing") }
        running = true
        started = true
        let ts = Runtime.thread
        let outerHandled = ts.handled
        ts.handled = savedHandled
        ts.depth += 1
        defer {
            ts.depth -= 1
            running = false
            savedHandled = ts.handled
            ts.handled = outerHandled
        }
        if ts.depth > Runtime.recursionLimit { finished = true; throw PyErr.recursion() }
        do throws(PyBaseException) {
            let pending = pendingThrow
            pendingThrow = nil
            switch try Interpreter.run(frame, ts, throwing: pending) {
            case .yielded(let v): return v
            case .returned(let v):
                finished = true
                returnValue = v
                return nil
            }
        } catch let e {
            finished = true
            if e.type.isSubtype(ExcTypes.stopIteration) {
                let r = PyErr.runtimeError("generator raised StopIteration")
                r.cause = e
                r.context = e
                throw r
            }
            throw e
        }
    }

    /// `gen.throw(exc)`: raises `exc` at the suspension point.
    public func throwIn(_ exc: PyBaseException) throws(PyBaseException) -> Value? {
        guard gate.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
            throw PyErr.valueError("generator already executing")
        }
        defer { gate.store(false, ordering: .releasing) }
        if finished { throw exc }
        if !started {
            finished = true
            throw exc
        }
        // Delegate to the sub-iterator when suspended in `yield from`.
        let ins = frame.code.instructions
        let pc = frame.pc
        if pc < ins.count, UInt8(truncatingIfNeeded: ins[pc]) == Opcode_JUMP_raw {
            let sendPc = Int(ins[pc] >> 8)
            if sendPc < ins.count, UInt8(truncatingIfNeeded: ins[sendPc]) == Opcode_SEND_raw, frame.sp > frame.stackBase {
                let recv = frame.fast[frame.sp - 1]
                var delegated: Value?? = nil
                do throws(PyBaseException) {
                    if case .obj(let g as PyGenerator) = recv {
                        if exc.type.isSubtype(ExcTypes.generatorExit) { try g.close(); delegated = .some(nil) }
                        else if let v = try g.throwIn(exc) { return v } else { delegated = .some(g.returnValue) }
                    } else if let m = try Ops.lookupAttr(recv, "throw") {
                        let tb: Value = exc.traceback.map { .obj($0) } ?? .None
                        return try Ops.callValues(m, [.obj(exc.type), .obj(exc), tb])
                    }
                } catch let e {
                    if e.type.isSubtype(ExcTypes.stopIteration) {
                        delegated = .some(e.dict?.getStr("value") ?? .None)
                    } else {
                        return try raiseInFrame(e)
                    }
                }
                if let d = delegated {
                    guard let value = d else { return try raiseInFrame(exc) }
                    frame.fast[frame.sp - 1] = value
                    frame.pc = Int(ins[sendPc] >> 8)
                    return try resume()
                }
            }
        }
        return try raiseInFrame(exc)
    }

    private func raiseInFrame(_ exc: PyBaseException) throws(PyBaseException) -> Value? {
        pendingThrow = exc
        return try resume()
    }

    /// Set by `throw`: the interpreter raises it when the frame resumes.
    public var pendingThrow: PyBaseException?

    /// `gen.close()`.
    public func close() throws(PyBaseException) {
        if finished || !started { finished = true; return }
        do throws(PyBaseException) {
            if try throwIn(PyBaseException(type: ExcTypes.generatorExit, args: [])) != nil {
                throw PyErr.runtimeError("generator ignored GeneratorExit")
            }
        } catch let e {
            if e.type.isSubtype(ExcTypes.generatorExit) || e.type.isSubtype(ExcTypes.stopIteration) { return }
            throw e
        }
    }

}

import GrailCompiler
let Opcode_SEND_raw = Opcode.SEND.rawValue
let Opcode_JUMP_raw = Opcode.JUMP.rawValue
