// Tests only; see README.md.
export {};
