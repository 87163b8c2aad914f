import XCTest
@testable import HelpdeskCore
import TestSupport

final class ModelCacheTests: XCTestCase {
    private let temporary = TemporaryPath("helpdesk-cache")
    private var directory: String { temporary.path }

    private static let examples: [(terms: [String], entry: Int)] = [
        (["forgot", "password"], 0), (["reset", "password"], 0), (["password", "reset", "email"], 0),
        (["new", "phone", "code"], 1), (["lost", "phone"], 1), (["code", "not", "arriv"], 1),
        (["banana", "bread"], -1), (["weather", "today"], -1),
    ]
    private static let entries = [(id: "reset", title: "Reset"), (id: "phone", title: "Phone")]

    private static let scorer = ClassifierScorer.train(examples: examples, entries: entries)

    private func scores(_ space: FeatureSpace, _ model: LinearModel, _ terms: [String]) -> [Float] {
        var keys: [UInt64] = []
        FeatureExtractor().keys(of: terms, into: &keys)
        return model.scores(space.vector(keys))
    }

    func testStoreThenLoadGivesEqualScores() throws {
        let cache = ModelCache(directory: directory)
        let scorer = Self.scorer
        cache.store(key: 42, space: scorer.space, model: scorer.model, calibration: scorer.calibration)
        let (space, model, calibration) = try XCTUnwrap(cache.load(key: 42))
        XCTAssertEqual(space.keys, scorer.space.keys)
        XCTAssertEqual(space.idf, scorer.space.idf)
        XCTAssertEqual(space.unseenIDF, scorer.space.unseenIDF)
        XCTAssertEqual(model.quantized, scorer.model.quantized)
        XCTAssertEqual(model.scales, scorer.model.scales)
        XCTAssertEqual(model.bias, scorer.model.bias)
        XCTAssertEqual(calibration, scorer.calibration)
        for terms in [["forgot", "password"], ["lost", "phone", "code"], ["banana"], ["unknown", "words"]] {
            XCTAssertEqual(scores(space, model, terms), scores(scorer.space, scorer.model, terms), "\(terms)")
        }
    }

    func testTrainOrLoadUsesTheCache() throws {
        let cache = ModelCache(directory: directory)
        let first = ClassifierScorer.trainOrLoad(examples: Self.examples, entries: Self.entries, cache: cache)
        let key = ClassifierScorer.cacheKey(examples: Self.examples, classes: Self.entries.count)
        XCTAssertTrue(FileManager.default.fileExists(atPath: try XCTUnwrap(cache.path(for: key))))
        let second = ClassifierScorer.trainOrLoad(examples: Self.examples, entries: Self.entries, cache: cache)
        XCTAssertEqual(second.model.quantized, first.model.quantized)
        XCTAssertEqual(second.calibration, first.calibration)
        // A different example set has a different key.
        XCTAssertNotEqual(ClassifierScorer.cacheKey(examples: Array(Self.examples.dropLast()), classes: 2), key)
        XCTAssertNotEqual(ClassifierScorer.cacheKey(examples: Self.examples, classes: 3), key)
    }

    func testAModelStoredUnderTwoKeysIsOneFile() throws {
        let cache = ModelCache(directory: directory)
        let scorer = ClassifierScorer.trainOrLoad(examples: Self.examples, entries: Self.entries, cache: cache, alsoKey: 99)
        let key = ClassifierScorer.cacheKey(examples: Self.examples, classes: Self.entries.count)
        let first = try FileManager.default.attributesOfItem(atPath: try XCTUnwrap(cache.path(for: key)))
        let second = try FileManager.default.attributesOfItem(atPath: try XCTUnwrap(cache.path(for: 99)))
        XCTAssertEqual(first[.systemFileNumber] as? Int, second[.systemFileNumber] as? Int, "a link, not a copy")
        XCTAssertEqual(cache.load(key: 99)?.1.quantized, scorer.model.quantized)
        XCTAssertEqual(cache.load(key: key)?.1.quantized, scorer.model.quantized)
        XCTAssertNil(cache.load(key: 98))
    }

    /// A temporary file left behind (by a process that stopped while writing, or by two processes linking one model
    /// under the same name at once, when rename does nothing) is removed once it is old; a fresh one may be another
    /// process's write in progress and stays.
    func testAbandonedTemporaryFilesArePruned() throws {
        let cache = ModelCache(directory: directory)
        let scorer = Self.scorer
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let old = directory + "/model-0000000000000001.bin.tmp-12345", fresh = directory + "/model-0000000000000002.bin.tmp-12346"
        for path in [old, fresh] { XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data([1]))) }
        utime(old, [utimbuf(actime: 1000, modtime: 1000)])
        cache.store(key: 5, space: scorer.space, model: scorer.model, calibration: scorer.calibration)
        XCTAssertFalse(FileManager.default.fileExists(atPath: old))
        XCTAssertTrue(FileManager.default.fileExists(atPath: fresh))
    }

    func testMissingCorruptOrShortFilesLoadNil() throws {
        let cache = ModelCache(directory: directory)
        let scorer = Self.scorer
        cache.store(key: 7, space: scorer.space, model: scorer.model, calibration: scorer.calibration)
        let path = try XCTUnwrap(cache.path(for: 7))
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertNotNil(cache.load(key: 7))
        XCTAssertNil(cache.load(key: 8), "nothing stored under that key")

        let damaged: [(name: String, data: Data)] = [
            ("empty", Data()),
            ("magic only", good.prefix(8)),
            ("cut in the header", good.prefix(20)),
            ("cut in the weights", good.dropLast(1)),
            ("cut in half", good.prefix(good.count / 2)),
            ("wrong magic", Data("HDMODEL0".utf8) + good.dropFirst(8)),
            ("garbage", Data((0..<good.count).map { UInt8(truncatingIfNeeded: $0 &* 31) })),
        ]
        for row in damaged {
            try row.data.write(to: URL(fileURLWithPath: path))
            XCTAssertNil(cache.load(key: 7), row.name)
        }
    }

    func testAFileUnderTheWrongKeyLoadsNil() throws {
        let cache = ModelCache(directory: directory)
        let scorer = Self.scorer
        cache.store(key: 1, space: scorer.space, model: scorer.model, calibration: scorer.calibration)
        try FileManager.default.copyItem(atPath: try XCTUnwrap(cache.path(for: 1)), toPath: try XCTUnwrap(cache.path(for: 2)))
        XCTAssertNil(cache.load(key: 2), "the key inside the file must match")
    }

    func testStandardDirectory() {
        let table: [(environment: [String: String], directory: String?)] = [
            (["HELPDESK_CACHE": "off"], nil),
            (["HELPDESK_CACHE": "off", "HOME": "/home/u"], nil),
            (["HELPDESK_CACHE": "/tmp/models", "XDG_CACHE_HOME": "/xdg"], "/tmp/models"),
            (["HELPDESK_CACHE": "", "XDG_CACHE_HOME": "/xdg"], "/xdg/helpdesk"),
            (["XDG_CACHE_HOME": "/xdg", "HOME": "/home/u"], "/xdg/helpdesk"),
            (["XDG_CACHE_HOME": "", "HOME": "/home/u"], "/home/u/.cache/helpdesk"),
            (["HOME": "/home/u"], "/home/u/.cache/helpdesk"),
            ([:], nil),
        ]
        for row in table {
            XCTAssertEqual(ModelCache.standard(environment: row.environment).directory, row.directory, "\(row.environment)")
        }
    }

    func testTurnedOffCacheStoresNothing() {
        let cache = ModelCache(directory: nil)
        XCTAssertNil(cache.path(for: 1))
        let scorer = Self.scorer
        cache.store(key: 1, space: scorer.space, model: scorer.model, calibration: scorer.calibration)
        XCTAssertNil(cache.load(key: 1))
    }

    func testUnwritableDirectoryIsIgnored() throws {
        // A file where the folder should be: store fails quietly, load finds nothing.
        try Data("x".utf8).write(to: URL(fileURLWithPath: directory))
        let cache = ModelCache(directory: directory)
        let scorer = Self.scorer
        cache.store(key: 3, space: scorer.space, model: scorer.model, calibration: scorer.calibration)
        XCTAssertNil(cache.load(key: 3))
    }
}

extension ModelCacheTests {
    func testOldestModelsArePrunedBeyondTheLimit() throws {
        let cache = ModelCache(directory: directory)
        let scorer = Self.scorer
        for key in 1...UInt64(ModelCache.maximumFiles) {
            cache.store(key: key, space: scorer.space, model: scorer.model, calibration: scorer.calibration)
            // Oldest first: key 1 was used longest ago.
            utime(try XCTUnwrap(cache.path(for: key)), [utimbuf(actime: 1000 + Int(key), modtime: 1000 + Int(key))])
        }
        XCTAssertNotNil(cache.load(key: 1), "loading marks key 1 as just used")
        cache.store(key: 999, space: scorer.space, model: scorer.model, calibration: scorer.calibration)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("model-") }
        XCTAssertEqual(files.count, ModelCache.maximumFiles)
        XCTAssertNotNil(cache.load(key: 1))
        XCTAssertNotNil(cache.load(key: 999))
        XCTAssertNil(cache.load(key: 2), "the least recently used goes")
    }
}
