/// A `cell` holding a variable shared between a function and its closures
/// (`nonlocal` state, closure variables).
/// Thread-safety: the value lives in its own 16-byte slot in collected memory,
/// read and written with one atomic access (`SharedSlot`), so threads sharing
/// a closure never see a torn value; `x += 1` on a cell races exactly as in
/// CPython.
public final class PyCell: PyObject {
    private let slot: UnsafeMutablePointer<Value>
    public var ref: Value {
        @inline(__always) get { SharedSlot.load(slot) }
        @inline(__always) set { SharedSlot.store(slot, newValue) }
    }
    public init(_ v: Value = .null) {
        slot = SharedSlot.allocate(1)
        super.init(type: PyType.cell, noDict: ())
        SharedSlot.store(slot, v)
    }
}
