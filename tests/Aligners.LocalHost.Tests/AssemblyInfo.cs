// The longest collections start first, so that none of them runs alone at the end of the run (see SlowFirstCollectionOrderer).
[assembly: TestCollectionOrderer("Aligners.Testing.SlowFirstCollectionOrderer", "Aligners.Testing")]
