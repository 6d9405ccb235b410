import BigInt
import Glibc

/// A compiled struct format (CPython's `prepare_s`): byte order / size
/// mode, the item codes with their offsets, the total size and the number
/// of values. Thread-safety: immutable.
final class StructFormat {
    enum Mode { case native, little, big }

    /// One run of a format character: `count` items of `size` bytes from
    /// `offset` ('s' and 'p' are one item of `size` bytes).
    struct Code {
        let c: UInt8
        let offset: Int
        let size: Int
        let count: Int
    }

    let text: String
    let mode: Mode
    let codes: [Code]
    let size: Int
    let len: Int

    init(text: String, mode: Mode, codes: [Code], size: Int, len: Int) {
        self.text = text; self.mode = mode; self.codes = codes; self.size = size; self.len = len
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }

    /// (size, alignment) of a format character in a mode; nil for a bad character.
    static func entry(_ c: UInt8, _ mode: Mode) -> (Int, Int)? {
        switch c {
        case UInt8(ascii: "x"), UInt8(ascii: "c"), UInt8(ascii: "b"), UInt8(ascii: "B"),
             UInt8(ascii: "s"), UInt8(ascii: "p"): return (1, 0)
        case UInt8(ascii: "?"): return (1, mode == .native ? 1 : 0)
        case UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "e"): return (2, mode == .native ? 2 : 0)
        case UInt8(ascii: "i"), UInt8(ascii: "I"), UInt8(ascii: "f"): return (4, mode == .native ? 4 : 0)
        case UInt8(ascii: "l"), UInt8(ascii: "L"): return mode == .native ? (8, 8) : (4, 0)
        case UInt8(ascii: "q"), UInt8(ascii: "Q"), UInt8(ascii: "d"): return (8, mode == .native ? 8 : 0)
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "P"): return mode == .native ? (8, 8) : nil
        default: return nil
        }
    }

    /// Parses a format (bytes; the str form was ASCII-encoded by the caller).
    static func compile(_ bytes: [UInt8]) throws(PyBaseException) -> StructFormat {
        let text = String(decoding: bytes, as: UTF8.self)
        if bytes.contains(0) { throw StructModule.error("embedded null character") }
        var i = 0
        var mode = Mode.native
        if let f = bytes.first {
            switch f {
            case UInt8(ascii: "<"): mode = .little; i = 1
            case UInt8(ascii: ">"), UInt8(ascii: "!"): mode = .big; i = 1
            case UInt8(ascii: "="): mode = .little; i = 1
            case UInt8(ascii: "@"): i = 1
            default: break
            }
        }
        let tooLong = StructModule.error("total struct size too long")
        var size = 0, len = 0
        var codes: [Code] = []
        while i < bytes.count {
            var c = bytes[i]
            i += 1
            if isSpace(c) { continue }
            var num = 1
            if c >= 48 && c <= 57 {
                num = Int(c - 48)
                while true {
                    guard i < bytes.count else { throw StructModule.error("repeat count given without format specifier") }
                    c = bytes[i]
                    i += 1
                    guard c >= 48 && c <= 57 else { break }
                    let (m, o1) = num.multipliedReportingOverflow(by: 10)
                    let (s, o2) = m.addingReportingOverflow(Int(c - 48))
                    if o1 || o2 { throw tooLong }
                    num = s
                }
            }
            guard let (itemSize, align) = entry(c, mode) else { throw StructModule.error("bad char in struct format") }
            if align > 0 && size > 0 {
                let extra = (align - 1) - (size - 1) % align
                if extra > Int.max - size { throw tooLong }
                size += extra
            }
            if num > (Int.max - size) / itemSize { throw tooLong }
            switch c {
            case UInt8(ascii: "s"), UInt8(ascii: "p"):
                len += 1
                codes.append(Code(c: c, offset: size, size: num, count: 1))
            case UInt8(ascii: "x"):
                break
            default:
                len += num
                if num > 0 { codes.append(Code(c: c, offset: size, size: itemSize, count: num)) }
            }
            size += num * itemSize
        }
        return StructFormat(text: text, mode: mode, codes: codes, size: size, len: len)
    }

    // MARK: packing

    /// Packs `values` (exactly `len` of them) into `out` from `base`.
    func pack(_ values: ArraySlice<Value>, into out: inout [UInt8], at base: Int) throws(PyBaseException) {
        var vi = values.startIndex
        for code in codes {
            if code.c == UInt8(ascii: "s") || code.c == UInt8(ascii: "p") {
                let v = values[vi]; vi += 1
                guard let b = (v.object as? PyBytes)?.bytes else {
                    throw StructModule.error("argument for '\(Character(Unicode.Scalar(code.c)))' must be a bytes object")
                }
                let o = base + code.offset
                if code.c == UInt8(ascii: "s") {
                    let n = Swift.min(b.count, code.size)
                    for k in 0..<n { out[o + k] = b[k] }
                } else if code.size > 0 {
                    let n = Swift.min(b.count, code.size - 1)
                    for k in 0..<n { out[o + 1 + k] = b[k] }
                    out[o] = UInt8(Swift.min(n, 255))
                } else if o < out.count {
                    // CPython stores the length -1 as 0xff at the item's
                    // (empty) position, i.e. over the next byte.
                    out[o] = 0xff
                }
                continue
            }
            for k in 0..<code.count {
                let v = values[vi]; vi += 1
                let o = base + code.offset + k * code.size
                do throws(PyBaseException) {
                    try packItem(code.c, code.size, v, &out, o)
                } catch let e where e.type.isSubtype(ExcTypes.overflowError) && IntOps.isInt(v) {
                    throw StructModule.error("int too large to convert")
                }
            }
        }
    }

    /// `get_pylong`: an int, or the result of `__index__`.
    static func pyLong(_ v: Value) throws(PyBaseException) -> BigInt {
        if let b = IntOps.big(v) { return b }
        if v.type.lookup("__index__") != nil { return try IntOps.index(v) }
        throw StructModule.error("required argument is not an integer")
    }

    /// `get_long`: a C long; "argument out of range" when it does not fit.
    @inline(__always)
    static func long(_ v: Value) throws(PyBaseException) -> Int {
        if case .int(let i) = v { return i }
        guard let i = Int(exactly: try pyLong(v)) else { throw StructModule.error("argument out of range") }
        return i
    }

    /// `get_ulong`: a C unsigned long; "argument out of range" when it does not fit.
    @inline(__always)
    static func ulong(_ v: Value) throws(PyBaseException) -> UInt64 {
        if case .int(let i) = v {
            if i < 0 { throw StructModule.error("argument out of range") }
            return UInt64(i)
        }
        guard let u = UInt64(exactly: try pyLong(v)) else { throw StructModule.error("argument out of range") }
        return u
    }

    /// `_PyLong_AsByteArray` of 8 bytes (the big-endian q/Q codes):
    /// OverflowError when the value does not fit.
    static func wide(_ v: Value, signed: Bool) throws(PyBaseException) -> UInt64 {
        if case .int(let i) = v {
            if !signed && i < 0 { throw PyErr.overflow("can't convert negative int to unsigned") }
            return UInt64(bitPattern: Int64(i))
        }
        let b = try pyLong(v)
        if signed, let i = Int64(exactly: b) { return UInt64(bitPattern: i) }
        if !signed && b.sign == .minus && !b.isZero { throw PyErr.overflow("can't convert negative int to unsigned") }
        if !signed, let u = UInt64(exactly: b) { return u }
        throw PyErr.overflow("int too big to convert")
    }

    static let longMin = BigInt(Int.min), ulongMax = BigInt(UInt.max)

    static func rangeError(_ c: UInt8, _ size: Int, unsigned: Bool) -> PyBaseException {
        let ch = Character(Unicode.Scalar(c))
        let bits = size * 8
        if unsigned {
            let largest = (BigInt(1) << bits) - 1
            return StructModule.error("'\(ch)' format requires 0 <= number <= \(largest)")
        }
        let largest = (BigInt(1) << (bits - 1)) - 1
        return StructModule.error("'\(ch)' format requires \(-largest - 1) <= number <= \(largest)")
    }

    func write(_ x: UInt64, _ size: Int, _ out: inout [UInt8], _ o: Int) {
        if mode == .big {
            for k in 0..<size { out[o + k] = UInt8(truncatingIfNeeded: x >> UInt64(8 * (size - 1 - k))) }
        } else {
            for k in 0..<size { out[o + k] = UInt8(truncatingIfNeeded: x >> UInt64(8 * k)) }
        }
    }

    func packItem(_ c: UInt8, _ size: Int, _ v: Value, _ out: inout [UInt8], _ o: Int) throws(PyBaseException) {
        let big = mode == .big
        switch c {
        case UInt8(ascii: "c"):
            guard let b = v.object as? PyBytes, !b.isByteArray, b.bytes.count == 1 else {
                throw StructModule.error("char format requires a bytes object of length 1")
            }
            out[o] = b.bytes[0]
        case UInt8(ascii: "b"):
            let x = try StructFormat.long(v)
            if x < -128 || x > 127 { throw StructModule.error("byte format requires -128 <= number <= 127") }
            out[o] = UInt8(truncatingIfNeeded: x)
        case UInt8(ascii: "B"):
            let x = try StructFormat.long(v)
            if x < 0 || x > 255 { throw StructModule.error("ubyte format requires 0 <= number <= 255") }
            out[o] = UInt8(truncatingIfNeeded: x)
        case UInt8(ascii: "?"):
            out[o] = try Ops.isTrue(v) ? 1 : 0
        case UInt8(ascii: "h"), UInt8(ascii: "i"), UInt8(ascii: "l"):
            let x = try StructFormat.long(v)
            if size < 8 {
                let lim = 1 << (size * 8 - 1)
                if x < -lim || x >= lim {
                    if c == UInt8(ascii: "h") && !big { throw StructModule.error("short format requires -32768 <= number <= 32767") }
                    throw StructFormat.rangeError(c, size, unsigned: false)
                }
            }
            write(UInt64(bitPattern: Int64(x)), size, &out, o)
        case UInt8(ascii: "H"):
            if big {
                let x = try StructFormat.ulong(v)
                if x > 65535 { throw StructFormat.rangeError(c, size, unsigned: true) }
                write(x, size, &out, o)
            } else {
                let x = try StructFormat.long(v)
                if x < 0 || x > 65535 { throw StructModule.error("ushort format requires 0 <= number <= 65535") }
                write(UInt64(x), size, &out, o)
            }
        case UInt8(ascii: "I"), UInt8(ascii: "L"):
            let x = try StructFormat.ulong(v)
            if size < 8 && x >= (UInt64(1) << UInt64(size * 8)) { throw StructFormat.rangeError(c, size, unsigned: true) }
            write(x, size, &out, o)
        case UInt8(ascii: "q"), UInt8(ascii: "n"):
            let x = big ? try StructFormat.wide(v, signed: true) : UInt64(bitPattern: Int64(try StructFormat.long(v)))
            write(x, 8, &out, o)
        case UInt8(ascii: "Q"), UInt8(ascii: "N"):
            let x = big ? try StructFormat.wide(v, signed: false) : try StructFormat.ulong(v)
            write(x, 8, &out, o)
        case UInt8(ascii: "P"):
            if case .int(let i) = v {
                write(UInt64(bitPattern: Int64(i)), 8, &out, o)
                break
            }
            let x = try StructFormat.pyLong(v)
            if x < StructFormat.longMin || x > StructFormat.ulongMax { throw PyErr.overflow("int too big to convert") }
            let w = x.sign == .minus ? UInt64(bitPattern: Int64(Int(x))) : UInt64(x)
            write(w, 8, &out, o)
        case UInt8(ascii: "e"):
            let d = try StructFormat.floatArg(v)
            write(UInt64(try StructFormat.halfBits(d)), 2, &out, o)
        case UInt8(ascii: "f"):
            let d = try StructFormat.floatArg(v)
            let f = Float(d)
            if mode != .native && f.isInfinite && !d.isInfinite {
                throw PyErr.overflow("float too large to pack with f format")
            }
            write(UInt64(f.bitPattern), 4, &out, o)
        default: // "d"
            let d = try StructFormat.floatArg(v)
            write(d.bitPattern, 8, &out, o)
        }
    }

    /// `PyFloat_AsDouble` with every failure reported as struct.error.
    static func floatArg(_ v: Value) throws(PyBaseException) -> Double {
        do throws(PyBaseException) {
            if case .float(let d) = v { return d }
            if case .obj(let o) = v, o is PyFloat, let d = NativeOps.floatValue(v) { return d }
            if let b = IntOps.big(v), !v.type.isHeapType { return try IntOps.toDouble(b) }
            if v.type.lookup("__float__") != nil || v.type.lookup("__index__") != nil {
                return try NumberTypes.floatFrom(v)
            }
        } catch {
            throw StructModule.error("required argument is not a float")
        }
        throw StructModule.error("required argument is not a float")
    }

    /// `PyFloat_Pack2`: IEEE half precision, rounding half to even.
    static func halfBits(_ value: Double) throws(PyBaseException) -> UInt16 {
        var x = value
        var sign: UInt16 = 0, e = 0, bits: UInt16 = 0
        if x == 0 {
            sign = x.sign == .minus ? 1 : 0
        } else if x.isInfinite {
            sign = x < 0 ? 1 : 0
            e = 0x1f
        } else if x.isNaN {
            sign = x.sign == .minus ? 1 : 0
            e = 0x1f
            bits = 512
        } else {
            sign = x < 0 ? 1 : 0
            if sign == 1 { x = -x }
            var ex: Int32 = 0
            var f = frexp(x, &ex)
            f *= 2
            e = Int(ex) - 1
            if e >= 16 {
                throw PyErr.overflow("float too large to pack with e format")
            } else if e < -25 {
                f = 0; e = 0
            } else if e < -14 {
                f = ldexp(f, Int32(14 + e)); e = 0
            } else {
                e += 15; f -= 1
            }
            f *= 1024
            bits = UInt16(f)
            let rest = f - Double(bits)
            if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
                bits += 1
                if bits == 1024 {
                    bits = 0
                    e += 1
                    if e == 31 { throw PyErr.overflow("float too large to pack with e format") }
                }
            }
        }
        return bits | UInt16(e << 10) | (sign << 15)
    }

    /// `PyFloat_Unpack2`.
    static func halfValue(_ h: UInt16) -> Double {
        let sign = (h >> 15) & 1
        var e = Int((h >> 10) & 0x1f)
        let f = Int(h & 0x3ff)
        if e == 0x1f {
            if f == 0 { return sign == 1 ? -.infinity : .infinity }
            return sign == 1 ? -Double.nan : Double.nan
        }
        var x = Double(f) / 1024
        if e == 0 { e = -14 } else { x += 1; e -= 15 }
        x = ldexp(x, Int32(e))
        return sign == 1 ? -x : x
    }

    // MARK: unpacking

    func read(_ b: UnsafeBufferPointer<UInt8>, _ o: Int, _ size: Int) -> UInt64 {
        var x: UInt64 = 0
        if mode == .big {
            for k in 0..<size { x = (x << 8) | UInt64(b[o + k]) }
        } else {
            for k in (0..<size).reversed() { x = (x << 8) | UInt64(b[o + k]) }
        }
        return x
    }

    static func signExtend(_ x: UInt64, _ size: Int) -> Int {
        let shift = UInt64(64 - 8 * size)
        return Int(Int64(bitPattern: x << shift) >> shift)
    }

    /// CPython fails to unpack a zero-length 'p' (it asks for a bytes
    /// object of length -1).
    func checkUnpack() throws(PyBaseException) {
        for code in codes where code.c == UInt8(ascii: "p") && code.size == 0 {
            throw PyErr.make(ExcTypes.systemError, "Negative size passed to PyBytes_FromStringAndSize")
        }
    }

    /// Unpacks `size` bytes of `data` from `base` into `len` values
    /// (after `checkUnpack`).
    func unpack(_ data: [UInt8], at base: Int) -> [Value] {
        var out: [Value] = []
        out.reserveCapacity(len)
        data.withUnsafeBufferPointer { b in
            for code in codes {
                let o0 = base + code.offset
                switch code.c {
                case UInt8(ascii: "s"):
                    out.append(.obj(PyBytes(Array(b[o0..<(o0 + code.size)]))))
                    continue
                case UInt8(ascii: "p"):
                    if code.size == 0 { out.append(.obj(PyBytes([]))); continue }
                    var n = Int(b[o0])
                    if n >= code.size { n = code.size - 1 }
                    out.append(.obj(PyBytes(Array(b[(o0 + 1)..<(o0 + 1 + n)]))))
                    continue
                default: break
                }
                for k in 0..<code.count {
                    out.append(unpackItem(code.c, code.size, b, o0 + k * code.size))
                }
            }
        }
        return out
    }

    func unpackItem(_ c: UInt8, _ size: Int, _ b: UnsafeBufferPointer<UInt8>, _ o: Int) -> Value {
        switch c {
        case UInt8(ascii: "c"): return .obj(PyBytes([b[o]]))
        case UInt8(ascii: "b"): return .int(Int(Int8(bitPattern: b[o])))
        case UInt8(ascii: "B"): return .int(Int(b[o]))
        case UInt8(ascii: "?"): return .bool(b[o] != 0)
        case UInt8(ascii: "h"), UInt8(ascii: "i"), UInt8(ascii: "l"), UInt8(ascii: "q"), UInt8(ascii: "n"):
            return .int(StructFormat.signExtend(read(b, o, size), size))
        case UInt8(ascii: "H"), UInt8(ascii: "I"), UInt8(ascii: "L"), UInt8(ascii: "Q"), UInt8(ascii: "N"), UInt8(ascii: "P"):
            let x = read(b, o, size)
            if let i = Int(exactly: x) { return .int(i) }
            return .int(BigInt(x))
        case UInt8(ascii: "e"): return .float(StructFormat.halfValue(UInt16(read(b, o, 2))))
        case UInt8(ascii: "f"): return .float(Double(Float(bitPattern: UInt32(read(b, o, 4)))))
        default: return .float(Double(bitPattern: read(b, o, 8)))
        }
    }
}
