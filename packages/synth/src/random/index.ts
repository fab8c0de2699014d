export { hash2, hash3, mix32, seedWords } from "./hash.js";
export { digits, permute, permuteWith, ROUNDS, roundKeys, unpermute } from "./permutation.js";
export { Random } from "./prng.js";
export { choose, cumulativeIndex, type WeightedTable, weighted } from "./weighted.js";
