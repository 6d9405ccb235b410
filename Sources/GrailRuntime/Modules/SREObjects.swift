import Synchronization
/// A compiled regular expression (`re.Pattern`): the source pattern, the
/// flags and the code the pure-Python compiler produced, plus the group
/// tables. Thread-safety: immutable; every match keeps its state in an
/// `SREState` of its own, so one pattern serves many threads at once.
final class SREPattern: PyObject {
    let pattern: Value
    let flags: Int
    let code: [Int]
    /// Number of capturing groups (not counting group 0).
    let groups: Int
    /// Name -> number (nil when the pattern has no named groups).
    let groupindex: PyDict?
    /// Number -> name (nil when the pattern has no named groups).
    let indexgroup: PyTuple?
    /// 1 for bytes patterns, 0 for str patterns, -1 when `pattern` is None.
    let isBytes: Int

    static let patternType = PyType(builtin: "Pattern", base: PyType.object, layout: .other, baseType: false, module: "re")

    init(pattern: Value, flags: Int, code: [Int], groups: Int, groupindex: PyDict?, indexgroup: PyTuple?, isBytes: Int) {
        self.pattern = pattern
        self.flags = flags
        self.code = code
        self.groups = groups
        self.groupindex = groupindex
        self.indexgroup = indexgroup
        self.isBytes = isBytes
        super.init(type: SREPattern.patternType, noDict: ())
    }
}

/// The result of a successful match (`re.Match`): the subject object, the
/// spans of all groups, pos/endpos and the last matched group.
/// Thread-safety: immutable.
final class SREMatch: PyObject {
    let pattern: SREPattern
    let string: Value
    /// start, end of group 0, then of each group (-1 when unset).
    let marks: [Int]
    let pos: Int
    let endpos: Int
    let lastindex: Int

    static let matchType = PyType(builtin: "Match", base: PyType.object, layout: .other, baseType: false, module: "re")

    init(pattern: SREPattern, string: Value, marks: [Int], pos: Int, endpos: Int, lastindex: Int) {
        self.pattern = pattern
        self.string = string
        self.marks = marks
        self.pos = pos
        self.endpos = endpos
        self.lastindex = lastindex
        super.init(type: SREMatch.matchType, noDict: ())
    }

    var groupCount: Int { marks.count / 2 }

    func span(_ g: Int) -> (Int, Int) { (marks[2 * g], marks[2 * g + 1]) }
}

/// The iteration state of `Pattern.scanner()` / `finditer()`: the next
/// start position and the must-advance flag. Thread-safety: the state is
/// guarded by a mutex held only while matching (no Python code runs then).
final class SREScanner: PyObject {
    let pattern: SREPattern
    let subject: SRESubject
    let pos: Int
    let endpos: Int
    struct Progress { var start: Int; var mustAdvance: Bool; var done: Bool }
    let progress: GrailMutex<Progress>

    static let scannerType = PyType(builtin: "SRE_Scanner", base: PyType.object, layout: .other, baseType: false, module: "_sre")

    init(pattern: SREPattern, subject: SRESubject, pos: Int, endpos: Int) {
        self.pattern = pattern
        self.subject = subject
        let n = subject.length
        let st = pos < 0 ? 0 : (pos > n ? n : pos)
        self.pos = pos
        self.endpos = endpos
        progress = GrailMutex(Progress(start: st, mustAdvance: false, done: false))
        super.init(type: SREScanner.scannerType, noDict: ())
    }
}

/// The string a pattern runs over: a str, or a snapshot of the bytes of a
/// bytes-like object (bytes, bytearray, memoryview), plus the original
/// object (what `Match.string` returns). Thread-safety: immutable.
struct SRESubject {
    let object: Value
    let str: PyStr?
    let bytes: [UInt8]

    var isBytes: Bool { str == nil }
    var length: Int { str?.count ?? bytes.count }

    /// The subject for `v`, checked against the pattern's kind with CPython's messages.
    static func of(_ v: Value, for p: SREPattern) throws(PyBaseException) -> SRESubject {
        let s: SRESubject
        switch v {
        case .obj(let x as PyStr): s = SRESubject(object: v, str: x, bytes: [])
        case .obj(let b as PyBytes): s = SRESubject(object: v, str: nil, bytes: b.bytes)
        case .obj(let m as MemoryView): s = SRESubject(object: v, str: nil, bytes: m.bytes)
        default:
            throw PyErr.typeError("expected string or bytes-like object, got '\(v.type.name)'")
        }
        if s.isBytes && p.isBytes == 0 { throw PyErr.typeError("cannot use a string pattern on a bytes-like object") }
        if !s.isBytes && p.isBytes > 0 { throw PyErr.typeError("cannot use a bytes pattern on a string-like object") }
        return s
    }

    /// `string[lo:hi]` as an exact str or bytes (CPython's `getslice`).
    func slice(_ lo: Int, _ hi: Int) -> Value {
        if let s = str {
            if lo == 0 && hi == s.count && s.type === PyType.str { return object }
            if hi <= lo { return .obj(StrBuf.empty) }
            if s.isASCII { return .obj(StrBuf.bytes(s) { StrBuf.slice($0, lo, hi) }) }
            return .obj(StrBuf.wide(s) { StrBuf.slice($0, lo, hi) })
        }
        if case .obj(let b as PyBytes) = object, b.type === PyType.bytes, lo == 0, hi == bytes.count { return object }
        if hi <= lo { return .obj(PyBytes([])) }
        return .obj(PyBytes(Array(bytes[lo..<hi])))
    }

    /// The empty str or bytes (the joiner of sub()).
    var empty: Value { isBytes ? .obj(PyBytes([])) : .obj(StrBuf.empty) }
}

/// Work done over the borrowed code units of a subject.
protocol SREJob {
    associatedtype R
    func run<C: StrUnit>(_ st: SREState<C>) throws(PyBaseException) -> R
}

/// Entry points shared by the pattern, match and scanner methods.
/// Thread-safety: pure functions over immutable inputs.
enum SRE {
    /// Runs `job` on a fresh matcher state over `subject` (pos/endpos clamped).
    static func run<J: SREJob>(_ job: J, _ p: SREPattern, _ subject: SRESubject, pos: Int, endpos: Int) throws(PyBaseException) -> J.R {
        var res: Result<J.R, PyBaseException>? = nil
        func go<C: StrUnit>(_ b: UnsafeBufferPointer<C>) {
            let st = SREState(b, code: p.code, groups: p.groups, pos: pos, endpos: endpos)
            do throws(PyBaseException) { res = .success(try job.run(st)) } catch { res = .failure(error) }
        }
        if let s = subject.str {
            if s.isASCII {
                if s.value.utf8.withContiguousStorageIfAvailable({ go($0) }) == nil {
                    Array(s.value.utf8).withUnsafeBufferPointer { go($0) }
                }
            } else {
                s.scalars.withUnsafeBufferPointer { q in q.withMemoryRebound(to: UInt32.self) { go($0) } }
            }
        } else {
            subject.bytes.withUnsafeBufferPointer { go($0) }
        }
        switch res {
        case .success(let r): return r
        case .failure(let e): throw e
        case .none: throw SREState<UInt8>.internalError()
        }
    }

    /// The Match object for the state's current match (CPython's `pattern_new_match`).
    static func makeMatch<C: StrUnit>(_ p: SREPattern, _ subject: SRESubject, _ st: SREState<C>) -> SREMatch {
        var m = [Int](repeating: -1, count: 2 * (p.groups + 1))
        m[0] = st.start
        m[1] = st.ptr
        if p.groups > 0 {
            for g in 1...p.groups {
                if let (a, b) = st.groupSpan(g) { m[2 * g] = a; m[2 * g + 1] = b }
            }
        }
        return SREMatch(pattern: p, string: subject.object, marks: m, pos: st.pos, endpos: st.endpos, lastindex: st.lastindex)
    }

    /// CPython's `state_getslice`: group `g` of the current match, or `empty`/None.
    static func groupSlice<C: StrUnit>(_ subject: SRESubject, _ st: SREState<C>, _ g: Int, emptyIfUnset: Bool) -> Value {
        if let (a, b) = st.groupSpan(g) { return subject.slice(a, b) }
        return emptyIfUnset ? subject.slice(0, 0) : .None
    }
}

/// match / fullmatch / search.
struct SREMatchJob: SREJob {
    enum Kind { case match, fullmatch, search }
    let kind: Kind
    let pattern: SREPattern
    let subject: SRESubject
    func run<C: StrUnit>(_ st: SREState<C>) throws(PyBaseException) -> Value {
        let ok: Bool
        switch kind {
        case .match: ok = try st.matchHere()
        case .fullmatch: st.matchAll = true; ok = try st.matchHere()
        case .search: ok = try st.search()
        }
        return ok ? .obj(SRE.makeMatch(pattern, subject, st)) : .None
    }
}

/// findall.
struct SREFindallJob: SREJob {
    let pattern: SREPattern
    let subject: SRESubject
    func run<C: StrUnit>(_ st: SREState<C>) throws(PyBaseException) -> Value {
        var out: [Value] = []
        while st.start <= st.end {
            st.reset()
            st.ptr = st.start
            if !(try st.search()) { break }
            let item: Value
            switch pattern.groups {
            case 0: item = subject.slice(st.start, st.ptr)
            case 1: item = SRE.groupSlice(subject, st, 1, emptyIfUnset: true)
            default:
                var t: [Value] = []
                for g in 1...pattern.groups { t.append(SRE.groupSlice(subject, st, g, emptyIfUnset: true)) }
                item = .obj(PyTuple(t))
            }
            out.append(item)
            st.mustAdvance = st.ptr == st.start
            st.start = st.ptr
        }
        return .obj(PyList(out))
    }
}

/// split.
struct SRESplitJob: SREJob {
    let pattern: SREPattern
    let subject: SRESubject
    let maxsplit: Int
    func run<C: StrUnit>(_ st: SREState<C>) throws(PyBaseException) -> Value {
        var out: [Value] = []
        var n = 0
        var last = st.start
        while maxsplit == 0 || n < maxsplit {
            st.reset()
            st.ptr = st.start
            if !(try st.search()) { break }
            out.append(subject.slice(last, st.start))
            if pattern.groups > 0 {
                for g in 1...pattern.groups { out.append(SRE.groupSlice(subject, st, g, emptyIfUnset: false)) }
            }
            n += 1
            st.mustAdvance = st.ptr == st.start
            st.start = st.ptr
            last = st.start
        }
        out.append(subject.slice(last, st.endpos))
        return .obj(PyList(out))
    }
}

/// sub / subn: `filter` is the replacement (a literal, or a callable
/// receiving each Match).
struct SRESubJob: SREJob {
    let pattern: SREPattern
    let subject: SRESubject
    let filter: Value
    let callable: Bool
    let count: Int
    func run<C: StrUnit>(_ st: SREState<C>) throws(PyBaseException) -> (Value, Int) {
        var pieces: [Value] = []
        var n = 0
        var i = 0
        while count == 0 || n < count {
            st.reset()
            st.ptr = st.start
            if !(try st.search()) { break }
            let b = st.start, e = st.ptr
            if i < b { pieces.append(subject.slice(i, b)) }
            let item: Value
            if callable {
                let m = SRE.makeMatch(pattern, subject, st)
                item = try Ops.callValues(filter, [.obj(m)])
            } else {
                item = filter
            }
            if !item.isNone { pieces.append(item) }
            i = e
            n += 1
            st.mustAdvance = st.ptr == st.start
            st.start = st.ptr
        }
        if i < st.endpos { pieces.append(subject.slice(i, st.endpos)) }
        let joined = try Ops.callMethod(subject.empty, "join", [.obj(PyList(pieces))])
        return (joined, n)
    }
}

/// One step of a scanner (match or search from the saved position).
struct SREScanJob: SREJob {
    let scanner: SREScanner
    let search: Bool
    func run<C: StrUnit>(_ st: SREState<C>) throws(PyBaseException) -> Value {
        try scanner.progress.withLock { (pr: inout SREScanner.Progress) throws(PyBaseException) -> Value in
            if pr.done { return .None }
            st.start = pr.start
            st.mustAdvance = pr.mustAdvance
            st.reset()
            st.ptr = st.start
            let ok = search ? try st.search() : try st.matchHere()
            if !ok {
                pr.done = true
                return .None
            }
            pr.mustAdvance = st.ptr == st.start
            pr.start = st.ptr
            return .obj(SRE.makeMatch(scanner.pattern, scanner.subject, st))
        }
    }
}
