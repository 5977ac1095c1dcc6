// Rules of this chapter; see docs/policy/ for the clauses they decide.
export {};
