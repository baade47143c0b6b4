import Extract

/// The `source` records of a draft: the outlet, then every speaker in the order the text names
/// them, each with its role and the chain by which its words reached the article (`via`).
struct DraftSources {
    /// One `source` record, with the `# review:` notes to write above its fields.
    struct Record {
        var id: String
        var name: String
        var role: String?
        var via: String?
        var reviews: [String] = []
    }

    private(set) var records: [Record] = []
    private var idByName: [String: String] = [:]
    /// The outlet's source id (`outlet` when the text does not name it).
    let outletId: String

    /// Sources for `speakers` (names as the extractor gives them), published by `outlet`.
    init(speakers: [String], outlet: String?, reading: TextReading, ids: inout DraftIds) {
        let known = Dictionary(reading.sources.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        if let outlet {
            outletId = ids.sourceId(outlet)
            records.append(Record(id: outletId, name: outlet, role: "the outlet that published the article"))
            idByName[outlet] = outletId
        } else {
            outletId = "outlet"
            records.append(Record(id: outletId, name: "the outlet", role: "the publisher of the article (unknown to the drafter)"))
        }
        // "Caliber.Az reports per Korean media": the outlet's news reach it through Korean media.
        let relay = reading.sources.first { $0.via != nil && $0.via == reading.outlet }?.name
        var names: [String] = []
        for name in speakers + reading.sources.compactMap(\.via) where idByName[name] == nil && !names.contains(name) {
            names.append(name)
        }
        for name in names { idByName[name] = ids.sourceId(name) }
        for name in names {
            var record = Record(id: idByName[name]!, name: name, role: known[name]?.role)
            if record.role == nil { record.reviews.append("no role found: add `role:` (who they are)") }
            if let medium = known[name]?.via, let id = idByName[medium] {
                record.via = id
            } else if let relay, relay != name, let id = idByName[relay] {
                record.via = id
                record.reviews.append("`via` from “\(reading.outlet ?? "the outlet") reports per \(relay)”: check it")
            } else {
                record.via = outletId
                if outlet == nil || known[name]?.via == nil { record.reviews.append("no chain found: `via` is the outlet; add the links between") }
            }
            records.append(record)
        }
        breakLoops()
    }

    /// The id of the source named `name`, or the outlet's when there is none.
    func id(of name: String?) -> String {
        name.flatMap { idByName[$0] } ?? outletId
    }

    /// A chain that comes back to a source (`A` via `B` via `A`) ends at the outlet instead.
    private mutating func breakLoops() {
        let index = Dictionary(records.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for start in records.indices {
            var seen: Set<String> = [records[start].id]
            var next = records[start].via
            while let id = next, id != outletId, let i = index[id] {
                if !seen.insert(id).inserted {
                    records[start].via = outletId
                    records[start].reviews.append("its chain looped; `via` is the outlet")
                    break
                }
                next = records[i].via
            }
        }
    }
}
