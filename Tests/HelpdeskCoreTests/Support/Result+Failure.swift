extension Result {
    /// The error of a failure, nil on success: for comparing typed errors with `XCTAssertEqual`.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
