/// A `cell` holding a variable shared between a function and its closures
/// (`nonlocal` state, closure variables).
/// Thread-safety: the value is read and written with one 16-byte atomic
/// access (`SharedSlot`), so threads sharing a closure never see a torn
/// value; `x += 1` on a cell races exactly as in CPython.
public final class PyCell: PyObject {
    private var storage: Value
    public var ref: Value {
        @inline(__always) get { withUnsafeMutablePointer(to: &storage) { SharedSlot.load($0) } }
        @inline(__always) set { withUnsafeMutablePointer(to: &storage) { SharedSlot.store($0, newValue) } }
    }
    public init(_ v: Value = .null) {
        storage = v
        super.init(type: PyType.cell, noDict: ())
    }
}
