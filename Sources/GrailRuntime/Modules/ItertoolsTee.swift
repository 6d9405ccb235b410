import Glibc

/// itertools.tee and its `_tee` objects: copies of one iterator sharing a
/// linked buffer of blocks (57 items each, as in CPython), so items that
/// every copy has consumed become garbage.
/// Thread-safety: the shared blocks are guarded by the source's lock; only
/// one thread at a time advances the underlying iterator (a copy on another
/// thread that needs a new item meanwhile waits for it; re-entry from the
/// same thread raises CPython's "cannot re-enter the tee iterator").
enum ItTee {
    static let blockSize = 57

    static func install() {
        let t = ItTypes.tee
        t.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            let args = try ItArgs.positional(a, "_tee", ItTypes.tee, min: 1, max: 1)
            return .obj(try fromIterable(args[0]))
        }
        t.def("__copy__") { (a) throws(PyBaseException) -> Value in
            let me = try a.selfAs(ItTypes.tee, ItTeeObject.self, "__copy__")
            try CArgs.fixed(a, "_tee.__copy__", 0)
            return .obj(me.copy())
        }
        ItTypes.teeData.defStatic("__new__") { (a) throws(PyBaseException) -> Value in
            throw PyErr.typeError("cannot create 'itertools._tee_dataobject' instances")
        }
    }

    /// `_tee(iterable)`: a copy when the iterator is already a tee object.
    static func fromIterable(_ iterable: Value) throws(PyBaseException) -> ItTeeObject {
        let it = try Ops.getIter(iterable)
        if case .obj(let t as ItTeeObject) = it { return t.copy() }
        let src = TeeSource(it)
        return ItTeeObject(block: TeeBlock(src), index: 0)
    }

    /// `tee(iterable, n=2, /)`.
    static func teeFunction(_ a: Args) throws(PyBaseException) -> Value {
        if a.hasKeywords { throw PyErr.typeError("itertools.tee() takes no keyword arguments") }
        if a.count < 1 { throw PyErr.typeError("tee expected at least 1 argument, got \(a.count)") }
        if a.count > 2 { throw PyErr.typeError("tee expected at most 2 arguments, got \(a.count)") }
        let n = a.count > 1 ? try ItArgs.ssize(a[1]) : 2
        if n < 0 { throw PyErr.valueError("n must be >= 0") }
        if n == 0 { return .obj(PyTuple([])) }
        let it = try Ops.getIter(a[0])
        var copyable = it
        var copyFn = try Ops.lookupAttr(it, "__copy__")
        if copyFn == nil {
            let t = try fromIterable(it)
            copyable = .obj(t)
            copyFn = try Ops.lookupAttr(copyable, "__copy__")
        }
        var out: [Value] = [copyable]
        guard let cf = copyFn else { return .obj(PyTuple(out)) }
        for _ in 1..<n { out.append(try Ops.callValues(cf, [])) }
        return .obj(PyTuple(out))
    }
}

/// The iterator shared by a tee group. Thread-safety: `runner` and every
/// block's contents are guarded by `lock`.
final class TeeSource {
    let it: Value
    let lock = ItLock()
    /// Ident of the thread reading `it` (0: none).
    var runner = 0
    init(_ it: Value) { self.it = it }
}

/// One block of buffered items. Thread-safety: guarded by the source's lock.
final class TeeBlock {
    let source: TeeSource
    var values: [Value] = []
    var next: TeeBlock?
    init(_ s: TeeSource) { source = s; values.reserveCapacity(ItTee.blockSize) }
}

/// `itertools._tee`: one copy's position (block, index) in the shared buffer.
/// Thread-safety: the position is under `lock`.
final class ItTeeObject: ItObject {
    private var block: TeeBlock
    private var index: Int
    init(block: TeeBlock, index: Int) {
        self.block = block; self.index = index
        super.init(cls: ItTypes.tee)
    }

    func copy() -> ItTeeObject {
        let (b, i) = lock.run { (block, index) }
        return ItTeeObject(block: b, index: i)
    }

    override func next() throws(PyBaseException) -> Value? {
        var (blk, idx) = lock.run { (block, index) }
        let src = blk.source
        if idx >= ItTee.blockSize {
            blk = src.lock.run { () -> TeeBlock in
                if let n = blk.next { return n }
                let n = TeeBlock(src)
                blk.next = n
                return n
            }
            idx = 0
            let nb = blk
            lock.run { block = nb; index = 0 }
        }
        enum Step { case have(Value), fetch, busy, wait }
        let me = Runtime.thread.ident
        var s: Step = .wait
        while true {
            s = src.lock.run { () -> Step in
                if idx < blk.values.count { return .have(blk.values[idx]) }
                if src.runner == me { return .busy }
                if src.runner != 0 { return .wait }
                src.runner = me
                return .fetch
            }
            guard case .wait = s else { break }
            // Another thread is reading the shared iterator: let it finish.
            GIL.blocking { _ = sched_yield() }
        }
        let v: Value
        switch s {
        case .have(let x): v = x
        case .busy, .wait: throw PyErr.runtimeError("cannot re-enter the tee iterator")
        case .fetch:
            let r: Value?
            do throws(PyBaseException) {
                r = try Ops.next(src.it)
            } catch let e {
                src.lock.run { src.runner = 0 }
                throw e
            }
            guard let x = r else {
                src.lock.run { src.runner = 0 }
                return nil
            }
            let stored: Value = src.lock.run { () -> Value in
                src.runner = 0
                if idx == blk.values.count { blk.values.append(x); return x }
                return idx < blk.values.count ? blk.values[idx] : x
            }
            v = stored
        }
        lock.run { index = idx + 1 }
        return v
    }
}
