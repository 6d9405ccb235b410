import Glibc
import GrailCompiler

/// The `builtins` module's functions (types are added by their installers).
public enum Builtins {
    static func fn(_ name: String, _ f: @escaping NativeFunction) {
        Runtime.shared.builtinsDict.setStr(name, .obj(PyBuiltinFunction(name, module: "builtins", f)))
    }

    static func install() {
        let d = Runtime.shared.builtinsDict
        d.setStr("__name__", .str("builtins"))
        d.setStr("__doc__", .None)
        d.setStr("None", .None)
        d.setStr("True", .True)
        d.setStr("False", .False)
        d.setStr("Ellipsis", .obj(PyEllipsis.shared))
        d.setStr("NotImplemented", .notImplemented)
        d.setStr("__debug__", .True)
        for t in [PyType.object, PyType.type, PyType.int, PyType.bool, PyType.float, PyType.complex, PyType.str,
                  PyType.bytes, PyType.bytearray, PyType.tuple, PyType.list, PyType.dict, PyType.set, PyType.frozenset,
                  PyType.range, PyType.slice, PyType.property, PyType.classmethod, PyType.staticmethod, PyType.superType,
                  PyType.enumerate, PyType.reversed, PyType.zip, PyType.map, PyType.filter, PyType.memoryview] {
            d.setStr(t.name, .obj(t))
        }
        d.setStr("super", .obj(PyType.superType))
        for e in ExcTypes.allTypes { d.setStr(e.name, .obj(e)) }
        d.setStr("EnvironmentError", .obj(ExcTypes.osError))
        d.setStr("IOError", .obj(ExcTypes.osError))

        fn("__build_class__") { (a) throws(PyBaseException) -> Value in try TypeCreation.buildClass(a) }
        fn("print") { (a) throws(PyBaseException) -> Value in
            // CPython's builtin_print: arguments parsed first ('p' for flush),
            // then the file resolved (sys.stdout None: nothing), then sep/end
            // checked; each piece is a separate file.write call.
            var sepV: Value = .None, endV: Value = .None, fileV: Value = .None
            var flushV: Value? = nil
            if let names = a.kwnames {
                let base = a.count
                for (j, n) in names.enumerated() {
                    let v = a.buf[base + j]
                    switch n.value {
                    case "sep": sepV = v
                    case "end": endV = v
                    case "file": fileV = v
                    case "flush": flushV = v
                    default: throw PyErr.typeError("'\(n.value)' is an invalid keyword argument for print()")
                    }
                }
            }
            let flush = try flushV.map { (v) throws(PyBaseException) -> Bool in try Ops.isTrue(v) } ?? false
            var file = fileV
            if file.isNone {
                guard let so = Runtime.shared.sysDict.getStr("stdout") else { throw PyErr.make(ExcTypes.runtimeError, "lost sys.stdout") }
                if so.isNone { return .None }
                file = so
            }
            var sep: PyStr? = nil, end: PyStr? = nil
            if !sepV.isNone {
                guard case .obj(let s as PyStr) = sepV else { throw PyErr.typeError("sep must be None or a string, not \(sepV.type.name)") }
                sep = s
            }
            if !endV.isNone {
                guard case .obj(let s as PyStr) = endV else { throw PyErr.typeError("end must be None or a string, not \(endV.type.name)") }
                end = s
            }
            if case .obj(let stream as PyStdStream) = file {
                // The native standard streams: one buffered write (same bytes).
                var out = ""
                for i in 0..<a.count {
                    if i > 0 { out += sep?.value ?? " " }
                    out += try Ops.str(a[i]).value
                }
                out += end?.value ?? "\n"
                stream.write(out)
                if flush { stream.flush() }
                return .None
            }
            let writeName = PyStr.intern("write")
            func writePiece(_ v: Value) throws(PyBaseException) {
                let w = try Ops.getattr(file, writeName)
                let s = try Ops.str(v)
                _ = try Ops.callValues(w, [.obj(s)])
            }
            for i in 0..<a.count {
                if i > 0 { try writePiece(sep.map { .obj($0) } ?? .str(" ")) }
                try writePiece(a[i])
            }
            try writePiece(end.map { .obj($0) } ?? .str("\n"))
            if flush { _ = try Ops.callMethod(file, "flush", []) }
            return .None
        }
        fn("len") { (a) throws(PyBaseException) -> Value in
            try a.expect("len", min: 1, max: 1)
            return .int(try Ops.len(a[0]))
        }
        fn("repr") { (a) throws(PyBaseException) -> Value in
            try a.expect("repr", min: 1, max: 1)
            return .obj(try Ops.repr(a[0]))
        }
        fn("ascii") { (a) throws(PyBaseException) -> Value in
            try a.expect("ascii", min: 1, max: 1)
            return .obj(try Ops.ascii(a[0]))
        }
        fn("hash") { (a) throws(PyBaseException) -> Value in
            try a.expect("hash", min: 1, max: 1)
            return .int(try Ops.hash(a[0]))
        }
        fn("id") { (a) throws(PyBaseException) -> Value in
            try a.expect("id", min: 1, max: 1)
            switch a[0] {
            case .obj(let o): return .int(o.address)
            case .int(let i): return .int(i &* 32 &+ 7)
            case .float(let d): return .int(Int(bitPattern: UInt(d.bitPattern)) | 1)
            case .null: return .int(0)
            }
        }
        fn("callable") { (a) throws(PyBaseException) -> Value in
            try a.expect("callable", min: 1, max: 1)
            guard case .obj(let o) = a[0] else { return .False }
            if o is PyFunction || o is PyBuiltinFunction || o is PyMethod || o is PyType { return .True }
            return .bool(o.type.lookup("__call__") != nil)
        }
        fn("isinstance") { (a) throws(PyBaseException) -> Value in
            try a.expect("isinstance", min: 2, max: 2)
            return .bool(try isInstance(a[0], a[1]))
        }
        fn("issubclass") { (a) throws(PyBaseException) -> Value in
            try a.expect("issubclass", min: 2, max: 2)
            return .bool(try isSubclass(a[0], a[1]))
        }
        fn("getattr") { (a) throws(PyBaseException) -> Value in
            try a.expect("getattr", min: 2, max: 3)
            guard case .obj(let n as PyStr) = a[1] else { throw PyErr.typeError("attribute name must be string, not '\(a[1].type.name)'") }
            if a.count == 3 {
                do throws(PyBaseException) { return try Ops.getattr(a[0], n) }
                catch let e where e.type.isSubtype(ExcTypes.attributeError) { return a[2] }
            }
            return try Ops.getattr(a[0], n)
        }
        fn("setattr") { (a) throws(PyBaseException) -> Value in
            try a.expect("setattr", min: 3, max: 3)
            guard case .obj(let n as PyStr) = a[1] else { throw PyErr.typeError("attribute name must be string, not '\(a[1].type.name)'") }
            try Ops.setattr(a[0], PyStr.intern(n), a[2])
            return .None
        }
        fn("delattr") { (a) throws(PyBaseException) -> Value in
            try a.expect("delattr", min: 2, max: 2)
            guard case .obj(let n as PyStr) = a[1] else { throw PyErr.typeError("attribute name must be string, not '\(a[1].type.name)'") }
            try Ops.delattr(a[0], n)
            return .None
        }
        fn("hasattr") { (a) throws(PyBaseException) -> Value in
            try a.expect("hasattr", min: 2, max: 2)
            guard case .obj(let n as PyStr) = a[1] else { throw PyErr.typeError("attribute name must be string, not '\(a[1].type.name)'") }
            do throws(PyBaseException) { _ = try Ops.getattr(a[0], n); return .True }
            catch let e where e.type.isSubtype(ExcTypes.attributeError) { return .False }
        }
        fn("iter") { (a) throws(PyBaseException) -> Value in
            try a.expect("iter", min: 1, max: 2)
            if a.count == 2 {
                if try !isCallable(a[0]) { throw PyErr.typeError("iter(v, w): v must be callable") }
                return .obj(PyCallableIterator(a[0], a[1]))
            }
            return try Ops.getIter(a[0])
        }
        fn("next") { (a) throws(PyBaseException) -> Value in
            try a.expect("next", min: 1, max: 2)
            let it = a[0]
            if it.type.lookup(Ops.s__next__) == nil && !(it.object is NativeIterator) && !(it.object is PyGenerator) {
                throw PyErr.typeError("'\(MiscTypes.tpName(it.type))' object is not an iterator")
            }
            if let v = try Ops.next(it) { return v }
            if a.count == 2 { return a[1] }
            let v = Ops.lastStopValue()
            throw PyErr.stopIteration(v.isNone ? nil : v)
        }
        fn("globals") { (_) throws(PyBaseException) -> Value in
            guard let f = Runtime.thread.frame else { return .obj(PyDict()) }
            return .obj(f.globals)
        }
        fn("locals") { (_) throws(PyBaseException) -> Value in
            guard let f = Runtime.thread.frame else { return .obj(PyDict()) }
            return .obj(try localsOf(f))
        }
        fn("vars") { (a) throws(PyBaseException) -> Value in
            try a.expect("vars", min: 0, max: 1)
            if a.count == 0 {
                guard let f = Runtime.thread.frame else { return .obj(PyDict()) }
                return .obj(try localsOf(f))
            }
            do throws(PyBaseException) { return try Ops.getattr(a[0], Ops.s__dict__) }
            catch let e where e.type.isSubtype(ExcTypes.attributeError) {
                throw PyErr.typeError("vars() argument must have __dict__ attribute")
            }
        }
        fn("dir") { (a) throws(PyBaseException) -> Value in
            try a.expect("dir", min: 0, max: 1)
            if a.count == 0 {
                guard let f = Runtime.thread.frame else { return .obj(PyList()) }
                let l = try localsOf(f)
                var names = l.keys.compactMap { ($0.object as? PyStr)?.value }
                names.sort { PyStr($0).compare(PyStr($1)) < 0 }
                return .obj(PyList(names.map { .str($0) }))
            }
            if let d = a[0].type.lookup("__dir__"), !((d.object as? PyBuiltinFunction)?.owner === PyType.object) {
                let r = try Ops.callValues(try Ops.bindDescriptor(d, a[0]), [])
                var items = try Ops.toArray(r)
                try ListSort.sort(&items, key: nil, reverse: false)
                return .obj(PyList(items))
            }
            return .obj(PyList(try dirOf(a[0])))
        }
        fn("abs") { (a) throws(PyBaseException) -> Value in
            try a.expect("abs", min: 1, max: 1)
            switch a[0] {
            case .int(let i): return i == Int.min ? .int(-IntOps.big(a[0])!) : .int(Swift.abs(i))
            case .float(let d): return .float(Swift.abs(d))
            default:
                if !a[0].type.isHeapType, let r = try NativeOps.unary(a[0], 3) { return r }
                if let r = try Ops.callDunder(a[0], PyStr.intern("__abs__"), []) { return r }
                throw PyErr.typeError("bad operand type for abs(): '\(a[0].type.name)'")
            }
        }
        fn("min") { (a) throws(PyBaseException) -> Value in try minMax(a, "min", op: 0) }
        fn("max") { (a) throws(PyBaseException) -> Value in try minMax(a, "max", op: 4) }
        fn("sum") { (a) throws(PyBaseException) -> Value in
            let p = try a.bind("sum", ["iterable", "start"], required: 1, posOnly: 1)
            var acc: Value = p[1] ?? .int(0)
            if case .obj(let o) = acc, o is PyStr { throw PyErr.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            if case .obj(let o) = acc, o is PyBytes { throw PyErr.typeError("sum() can't sum bytes [use b''.join(seq) instead]") }
            try Ops.iterate((p[0] ?? .None)) { (v) throws(PyBaseException) in
                if case .int(let x) = acc, case .int(let y) = v {
                    let (r, o) = x.addingReportingOverflow(y)
                    if !o { acc = .int(r); return }
                }
                if case .float(let x) = acc, case .float(let y) = v { acc = .float(x + y); return }
                acc = try Ops.binaryOp(acc, v, 0)
            }
            return acc
        }
        fn("any") { (a) throws(PyBaseException) -> Value in
            try a.expect("any", min: 1, max: 1)
            var r = false
            try Ops.iterateUntil(a[0]) { (v) throws(PyBaseException) -> Bool in if try Ops.isTrue(v) { r = true; return false }; return true }
            return .bool(r)
        }
        fn("all") { (a) throws(PyBaseException) -> Value in
            try a.expect("all", min: 1, max: 1)
            var r = true
            try Ops.iterateUntil(a[0]) { (v) throws(PyBaseException) -> Bool in if !(try Ops.isTrue(v)) { r = false; return false }; return true }
            return .bool(r)
        }
        fn("sorted") { (a) throws(PyBaseException) -> Value in
            guard a.count == 1 else { throw PyErr.typeError("sorted expected 1 argument, got \(a.count)") }
            var key: Value? = nil
            var reverse = false
            for (k, v) in a.keywords {
                if k == "key" { key = v.isNone ? nil : v }
                else if k == "reverse" { reverse = try Ops.isTrue(v) }
                else { throw PyErr.typeError("'\(k)' is an invalid keyword argument for sort()") }
            }
            var items = try Ops.toArray(a[0])
            if case .obj(let l as PyList) = a[0], l === a[0].object { items = Array(items) }
            try ListSort.sort(&items, key: key, reverse: reverse)
            return .obj(PyList(items))
        }
        fn("chr") { (a) throws(PyBaseException) -> Value in
            try a.expect("chr", min: 1, max: 1)
            guard let big = IntOps.big(a[0]) else { throw PyErr.typeError("'\(a[0].type.name)' object cannot be interpreted as an integer") }
            guard let i = Int(exactly: big), i >= 0, i <= 0x10FFFF else { throw PyErr.valueError("chr() arg not in range(0x110000)") }
            guard let u = Unicode.Scalar(UInt32(i)) else { return .str("\u{FFFD}") }
            return .str(String(Character(u)))
        }
        fn("ord") { (a) throws(PyBaseException) -> Value in
            try a.expect("ord", min: 1, max: 1)
            if case .obj(let s as PyStr) = a[0] {
                guard s.count == 1 else { throw PyErr.typeError("ord() expected a character, but string of length \(s.count) found") }
                return .int(Int(s.value.unicodeScalars.first?.value ?? 0))
            }
            if case .obj(let b as PyBytes) = a[0] {
                guard b.bytes.count == 1 else { throw PyErr.typeError("ord() expected a character, but string of length \(b.bytes.count) found") }
                return .int(Int(b.bytes[0]))
            }
            throw PyErr.typeError("ord() expected string of length 1, but \(a[0].type.name) found")
        }
        fn("format") { (a) throws(PyBaseException) -> Value in
            try a.expect("format", min: 1, max: 2)
            var spec = PyStr.intern("")
            if a.count == 2 {
                guard case .obj(let s as PyStr) = a[1] else { throw PyErr.typeError("format() argument 2 must be str, not \(a[1].type.name)") }
                spec = s
            }
            return .obj(try Ops.format(a[0], spec))
        }
        fn("input") { (a) throws(PyBaseException) -> Value in
            try a.expect("input", min: 0, max: 1)
            if a.count == 1 {
                try Runtime.shared.writeStdout(try Ops.str(a[0]).value)
            }
            StdStreams.stdout.flush()
            if let si = Runtime.shared.sysDict.getStr("stdin"), !(si.object is PyStdStream) {
                let line = try Ops.callMethod(si, "readline", [])
                guard case .obj(let s as PyStr) = line, !s.value.isEmpty else { throw PyErr.make(ExcTypes.eofError, "EOF when reading a line") }
                var v = s.value
                if v.hasSuffix("\n") { v.removeLast() }
                return .str(v)
            }
            guard var line = GIL.blocking({ StdStreams.stdin.readLine() }) else { throw PyErr.make(ExcTypes.eofError, "EOF when reading a line") }
            if line.hasSuffix("\n") { line.removeLast() }
            return .str(line)
        }
        fn("exec") { (a) throws(PyBaseException) -> Value in try Eval.exec(a, mode: .exec) }
        fn("eval") { (a) throws(PyBaseException) -> Value in try Eval.exec(a, mode: .eval) }
        fn("compile") { (a) throws(PyBaseException) -> Value in try Eval.compileBuiltin(a) }
        fn("__import__") { (a) throws(PyBaseException) -> Value in
            let p = try a.bind("__import__", ["name", "globals", "locals", "fromlist", "level"], required: 1)
            guard case .obj(let n as PyStr)? = p[0] else { throw PyErr.typeError("__import__() argument 1 must be str") }
            let g = (p[1]?.object as? PyDict) ?? PyDict()
            return try Importer.importName(n.value, globals: g, fromlist: p[3] ?? .None, level: p[4] ?? .int(0))
        }
        fn("open") { (a) throws(PyBaseException) -> Value in try FileIO.open(a) }
        fn("breakpoint") { (_) throws(PyBaseException) -> Value in .None }
        fn("aiter") { (a) throws(PyBaseException) -> Value in
            try a.expect("aiter", min: 1, max: 1)
            guard let m = a[0].type.lookup("__aiter__") else { throw PyErr.typeError("'\(a[0].type.name)' object is not an async iterable") }
            return try Ops.callValues(try Ops.bindDescriptor(m, a[0]), [])
        }
        fn("anext") { (a) throws(PyBaseException) -> Value in
            try a.expect("anext", min: 1, max: 2)
            guard let m = a[0].type.lookup("__anext__") else { throw PyErr.typeError("'\(a[0].type.name)' object is not an async iterator") }
            return try Ops.callValues(try Ops.bindDescriptor(m, a[0]), [])
        }
        // What `site` adds to builtins in CPython.
        for name in ["exit", "quit"] {
            let q = PyObject(type: Builtins.quitterType)
            q.dict = nil
            d.setStr(name, .obj(q))
        }
        d.setStr("copyright", .obj(PyStr("Copyright (c) Grail authors. Python is copyright (c) the Python Software Foundation.")))
        d.setStr("credits", .obj(PyStr("Thanks to the CPython developers, whose behaviour Grail follows.")))
        d.setStr("license", .obj(PyStr("See the LICENSE file of the Grail repository; Python: https://docs.python.org/3/license.html")))
        fn("help") { (a) throws(PyBaseException) -> Value in
            if a.count == 0 {
                try Runtime.shared.writeStdout("Grail has no interactive help system yet; see https://docs.python.org/3.11/\n")
                return .None
            }
            let v = a[0]
            var text = "Help on \(v.type.name) object:\n\n"
            if let doc = try Ops.lookupAttr(v, "__doc__"), case .obj(let ds as PyStr) = doc { text += ds.value + "\n" }
            try Runtime.shared.writeStdout(text)
            return .None
        }
    }

    static func isCallable(_ v: Value) throws(PyBaseException) -> Bool {
        guard case .obj(let o) = v else { return false }
        if o is PyFunction || o is PyBuiltinFunction || o is PyMethod || o is PyType { return true }
        return o.type.lookup("__call__") != nil
    }

    /// `exit`/`quit`: calling raises SystemExit; the repr tells how to leave.
    static let quitterType: PyType = {
        let t = PyType(builtin: "Quitter", base: PyType.object, layout: .other, baseType: false, module: "_sitebuiltins")
        t.def("__call__") { (a) throws(PyBaseException) -> Value in
            let code: Value = a.count > 1 ? a[1] : .None
            StdStreams.stdin.flush()
            let e = PyBaseException(type: ExcTypes.systemExit, args: a.count > 1 ? [code] : [])
            e.dict?.setStr("code", code)
            throw e
        }
        t.def("__repr__") { (_) throws(PyBaseException) -> Value in .str("Use exit() or Ctrl-D (i.e. EOF) to exit") }
        return t
    }()

    static func localsOf(_ f: Frame) throws(PyBaseException) -> PyDict {
        if let l = f.locals as? PyDict { return l }
        let d = f.localsSnapshot ?? PyDict()
        f.localsSnapshot = d
        let code = f.code
        for i in 0..<code.nlocals {
            if f.fast[i].isNull { _ = d.removeStr(code.varnames[i].value) } else { d.setStr(code.varnames[i], f.fast[i]) }
        }
        for i in 0..<code.ncells {
            let name = Interpreter.cellName(code, i)
            if case .obj(let c as PyCell) = f.fast[code.nlocals + i], !c.ref.isNull { d.setStr(name, c.ref) }
            else { _ = d.removeStr(name.value) }
        }
        return d
    }

    static func isInstance(_ v: Value, _ cls: Value) throws(PyBaseException) -> Bool {
        switch cls.object {
        case let t as PyType:
            if v.type.isSubtype(t) { return true }
            if t.type !== PyType.type, let ic = t.type.lookup("__instancecheck__"), !(ic.object is PyBuiltinFunction) {
                return try Ops.isTrue(try Ops.callValues(ic, [cls, v]))
            }
            if let c = v.object?.type, case .obj(let kls as PyType)? = try? Ops.getattr(v, Ops.s__class__), kls !== c { return kls.isSubtype(t) }
            return false
        case let tup as PyTuple:
            for c in tup.items where try isInstance(v, c) { return true }
            return false
        case let u as UnionType:
            for c in u.args where try isInstance(v, c) { return true }
            return false
        default:
            if cls.object is GenericAlias { throw PyErr.typeError("isinstance() argument 2 cannot be a parameterized generic") }
            if let ic = cls.type.lookup("__instancecheck__"), !(ic.object is PyBuiltinFunction) {
                return try Ops.isTrue(try Ops.callValues(ic, [cls, v]))
            }
            throw PyErr.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
    }

    static func isSubclass(_ v: Value, _ cls: Value) throws(PyBaseException) -> Bool {
        switch cls.object {
        case let t as PyType:
            if t.type !== PyType.type, let sc = t.type.lookup("__subclasscheck__"), !(sc.object is PyBuiltinFunction) {
                return try Ops.isTrue(try Ops.callValues(sc, [cls, v]))
            }
            guard case .obj(let sub as PyType) = v else { throw PyErr.typeError("issubclass() arg 1 must be a class") }
            return sub.isSubtype(t)
        case let tup as PyTuple:
            for c in tup.items where try isSubclass(v, c) { return true }
            return false
        case let u as UnionType:
            for c in u.args where try isSubclass(v, c) { return true }
            return false
        default:
            throw PyErr.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        }
    }

    static func minMax(_ a: Args, _ name: String, op: Int) throws(PyBaseException) -> Value {
        var key: Value? = nil
        var dflt: Value? = nil
        if a.keywords.count > 2 { throw PyErr.typeError("\(name)() takes at most 2 keyword arguments (\(a.keywords.count) given)") }
        for (k, v) in a.keywords {
            if k == "key" { key = v.isNone ? nil : v }
            else if k == "default" { dflt = v }
            else { throw PyErr.typeError("'\(k)' is an invalid keyword argument for \(name)()") }
        }
        var items: [Value]
        if a.count == 0 { throw PyErr.typeError("\(name) expected at least 1 argument, got 0") }
        if a.count == 1 { items = try Ops.toArray(a[0]) }
        else {
            if dflt != nil { throw PyErr.typeError("Cannot specify a default for \(name)() with multiple positional arguments") }
            items = a.positional
        }
        if items.isEmpty {
            if let d = dflt { return d }
            throw PyErr.valueError("\(name)() arg is an empty sequence")
        }
        var best = items[0]
        var bestKey = key != nil ? try Ops.callValues(key!, [best]) : best
        for v in items.dropFirst() {
            let k = key != nil ? try Ops.callValues(key!, [v]) : v
            if try Ops.isTrue(try Ops.richCompare(k, bestKey, op)) { best = v; bestKey = k }
        }
        return best
    }

    /// Default `dir()`: instance dict, class and bases, sorted.
    static func dirOf(_ v: Value) throws(PyBaseException) -> [Value] {
        var names = Set<String>()
        if case .obj(let m as PyModule) = v, let d = m.dict {
            for k in d.keys { if case .obj(let s as PyStr) = k { names.insert(s.value) } }
        } else {
            if case .obj(let o) = v, let d = o.dict { for k in d.keys { if case .obj(let s as PyStr) = k { names.insert(s.value) } } }
            let mro: [PyType]
            if case .obj(let t as PyType) = v { mro = t.mro } else { mro = v.type.mro }
            for t in mro { for k in t.dict?.keys ?? [] { if case .obj(let s as PyStr) = k { names.insert(s.value) } } }
        }
        return names.sorted { PyStr($0).compare(PyStr($1)) < 0 }.map { .str($0) }
    }
}

/// `iter(callable, sentinel)`.
public final class PyCallableIterator: NativeIterator {
    let callable: Value, sentinel: Value
    var done = false
    init(_ c: Value, _ s: Value) { callable = c; sentinel = s; super.init(type: PyType.callableIterator, noDict: ()) }
    public override func next() throws(PyBaseException) -> Value? {
        if done { return nil }
        let v = try Ops.callValues(callable, [])
        if try Ops.sameOrEq(v, sentinel) { done = true; return nil }
        return v
    }
}
