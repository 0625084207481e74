/// The elements open around the current node, as tags, with the suffix tests the CAMT
/// parser makes on every element.
struct CAMTPath {
    private var tags: [CAMTTag] = []

    var count: Int { tags.count }
    var isEmpty: Bool { tags.isEmpty }

    mutating func push(_ tag: CAMTTag) { tags.append(tag) }
    mutating func pop() { if !tags.isEmpty { tags.removeLast() } }

    func contains(_ tag: CAMTTag) -> Bool { tags.contains(tag) }

    /// Whether the path ends with these elements.
    func ends(_ a: CAMTTag, _ b: CAMTTag) -> Bool {
        let n = tags.count
        return n >= 2 && tags[n - 1] == b && tags[n - 2] == a
    }

    func ends(_ a: CAMTTag, _ b: CAMTTag, _ c: CAMTTag) -> Bool {
        let n = tags.count
        return n >= 3 && tags[n - 1] == c && tags[n - 2] == b && tags[n - 3] == a
    }

    func ends(_ a: CAMTTag, _ b: CAMTTag, _ c: CAMTTag, _ d: CAMTTag) -> Bool {
        let n = tags.count
        return n >= 4 && tags[n - 1] == d && tags[n - 2] == c && tags[n - 3] == b && tags[n - 4] == a
    }

    func ends(_ a: CAMTTag, _ b: CAMTTag, _ c: CAMTTag, _ d: CAMTTag, _ e: CAMTTag) -> Bool {
        let n = tags.count
        return n >= 5 && tags[n - 1] == e && tags[n - 2] == d && tags[n - 3] == c && tags[n - 4] == b
            && tags[n - 5] == a
    }
}
