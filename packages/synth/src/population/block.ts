// One block of the population: BLOCK_SIZE persons (fewer in the last block) whose ages and sexes
// follow the census pyramid exactly (stratified draws), put together into households. Blocks are
// independent of each other: block k depends only on (seed, k), so any part of the population can
// be generated alone, and households never straddle two blocks.
//
// A household holds one or two family units. A unit is a couple or a single adult with the
// children living with them. The second unit, when there is one, is the parents' generation (the
// "senior" unit: a widowed grandmother, or the husband's parents with their unmarried children),
// living with a married child's family.
import { cumulativeIndex, Random } from "../random/index.js";
import { AGE_GROUPS, OLDEST_AGE } from "../tables/age-sex.js";
import {
  ADULT_CHILD_AT_HOME,
  ANOTHER_CHILD,
  ELDER_HEAD_UNTIL,
  ELDER_HEADS_SIDE,
  MAN_MARRIED,
  MARRIAGE_AGE,
  MOTHER_AGE_AT_BIRTH,
  MOTHER_SEARCH_YEARS,
  PARENTS_WITH_CHILD,
  SINGLE_MOTHER_AGES,
  SINGLE_MOTHER_SHARE,
  SPOUSE_AGE_GAP,
  UNPAIRED_MARITAL,
  WIFE_HEAD_SHARE,
} from "../tables/households.js";
import type { Context } from "./context.js";

/**
 * Persons per block. With at most 20 persons of one birth province, sex and year per block,
 * personal IDs are unique up to 50,000 blocks (100 M persons).
 */
export const BLOCK_SIZE = 2000;

// Relationship codes (`household-relationships`), as numbers.
export const HEAD = 0;
export const SPOUSE = 1;
export const CHILD = 2;
export const CHILD_IN_LAW = 5;
export const PARENT = 6;
export const PARENT_IN_LAW = 8;
export const GRANDCHILD = 10;
export const SIBLING = 12;
export const SIBLING_IN_LAW = 13;
export const NIECE_NEPHEW = 14;

// Marital status, as numbers (index in MARITAL_CODES of the generator).
export const NEVER_MARRIED = 0;
export const MARRIED = 1;
export const DIVORCED = 2;
export const WIDOWED = 3;

/**
 * Where a person's family name comes from (famSource): a pool index, their own draw, or the absent
 * father's name of the household's junior or senior unit.
 */
export const OWN_NAME = -1;
export const ABSENT_FATHER_NAME = -2;
export const SENIOR_ABSENT_FATHER_NAME = -3;

const AGES = OLDEST_AGE + 2;
const ROLE_ORDER: Readonly<Record<number, number>> = {
  0: 0,
  1: 1,
  2: 2,
  5: 3,
  10: 4,
  6: 5,
  8: 6,
  12: 7,
  13: 8,
  14: 9,
};

function byAge(table: readonly (readonly [number, number])[]): Float64Array {
  const out = new Float64Array(AGES);
  for (let age = 0; age < AGES; age++)
    out[age] = (table.find(([upTo]) => age <= upTo) ?? table[table.length - 1])?.[1] ?? 0;
  return out;
}

function cumulative(weights: readonly number[]): Float64Array {
  const total = weights.reduce((a, b) => a + b, 0);
  const out = new Float64Array(weights.length);
  let running = 0;
  weights.forEach((w, i) => {
    running += w;
    out[i] = running / total;
  });
  out[weights.length - 1] = 1;
  return out;
}

const MAN_MARRIED_BY_AGE = byAge(MAN_MARRIED);
const AT_HOME_BY_AGE = byAge(ADULT_CHILD_AT_HOME);
const PARENTS_WITH_CHILD_BY_AGE = byAge(PARENTS_WITH_CHILD);
const GAP_VALUES = SPOUSE_AGE_GAP.map(([gap]) => gap);
const GAP_CUMULATIVE = cumulative(SPOUSE_AGE_GAP.map(([, w]) => w));
const MOTHER_AGE_VALUES = MOTHER_AGE_AT_BIRTH.map(([age]) => age);
const MOTHER_AGE_CUMULATIVE = cumulative(MOTHER_AGE_AT_BIRTH.map(([, w]) => w));
const UNPAIRED_BY_AGE: readonly (readonly [number, number])[] = Array.from(
  { length: AGES },
  (_, age) => {
    const row =
      UNPAIRED_MARITAL.find(([upTo]) => age <= upTo) ??
      UNPAIRED_MARITAL[UNPAIRED_MARITAL.length - 1];
    const [, never = 1, divorced = 0] = row ?? [];
    return [never, never + divorced] as const;
  },
);
const SEARCH = [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 7, -7, 8, -8];

/** The assembled households of one block, in typed arrays reused from block to block. */
export class Block {
  /** Persons in the block. */
  n = 0;
  /** Age in completed years at asOf, by pool index. */
  readonly age = new Uint8Array(BLOCK_SIZE);
  readonly female = new Uint8Array(BLOCK_SIZE);
  /** Day number of the date of birth. */
  readonly birth = new Int32Array(BLOCK_SIZE);
  readonly marital = new Uint8Array(BLOCK_SIZE);
  /** Relationship to the head, as a number (HEAD, SPOUSE, …). */
  readonly role = new Uint8Array(BLOCK_SIZE);
  /** Pool index whose family name a person carries, or OWN_NAME / ABSENT_FATHER_NAME. */
  readonly famSource = new Int32Array(BLOCK_SIZE);
  /** 1 for the members of the senior unit of a household. */
  readonly senior = new Uint8Array(BLOCK_SIZE);

  /** Output: households in order, each a run of pool indexes in `order` (head first). */
  households = 0;
  readonly order = new Int32Array(BLOCK_SIZE);
  readonly start = new Int32Array(BLOCK_SIZE + 1);
  /** Per output household: the pool index of the (junior) unit's man and woman (−1 if none). */
  readonly coreMan = new Int32Array(BLOCK_SIZE);
  readonly coreWoman = new Int32Array(BLOCK_SIZE);
  /** Per output household: which adult of the junior unit is the senior unit's child (−1 if no senior unit). */
  readonly link = new Int32Array(BLOCK_SIZE);

  // Units: a couple or single adult with children. Unit u of household h is h itself at first.
  private units = 0;
  private readonly unitOf = new Int32Array(BLOCK_SIZE);
  private readonly inKids = new Uint8Array(BLOCK_SIZE);
  private readonly next = new Int32Array(BLOCK_SIZE);
  private readonly man = new Int32Array(BLOCK_SIZE);
  private readonly woman = new Int32Array(BLOCK_SIZE);
  private readonly kids = new Int32Array(BLOCK_SIZE);
  private readonly kidCount = new Uint8Array(BLOCK_SIZE);
  /** The senior unit attached to this unit (−1 none); `hosted` marks units living in another's household. */
  private readonly seniorUnit = new Int32Array(BLOCK_SIZE);
  private readonly hosted = new Uint8Array(BLOCK_SIZE);
  private readonly side = new Uint8Array(BLOCK_SIZE);
  /** Extra members (grandchildren whose parents are elsewhere, nieces and nephews): list per unit. */
  private readonly others = new Int32Array(BLOCK_SIZE);
  private readonly womenByAge: number[][] = Array.from({ length: AGES }, () => []);
  private readonly mothersByAge: number[][] = Array.from({ length: AGES }, () => []);
  private readonly singleWomenByAge: number[][] = Array.from({ length: AGES }, () => []);
  private readonly members = new Int32Array(BLOCK_SIZE);
  private readonly live = new Int32Array(BLOCK_SIZE);
  private readonly rng = new Random();

  /** Assemble block `index` of `n` persons. */
  assemble(context: Context, index: number, n: number): void {
    const rng = this.rng.reset(context.seed0, context.seed1, 0x424c4f43, index);
    this.n = n;
    this.units = 0;
    for (let a = 0; a < AGES; a++) {
      (this.womenByAge[a] as number[]).length = 0;
      (this.mothersByAge[a] as number[]).length = 0;
      (this.singleWomenByAge[a] as number[]).length = 0;
    }
    this.sample(context, rng, n);
    this.unitOf.fill(-1, 0, n);
    this.inKids.fill(0, 0, n);
    this.famSource.fill(OWN_NAME, 0, n);
    this.marital.fill(NEVER_MARRIED, 0, n);
    this.senior.fill(0, 0, n);
    this.pair(rng);
    this.placeChildren(rng);
    for (let i = 0; i < n; i++) {
      if (this.unitOf[i] !== -1) continue;
      const u = this.newUnit();
      if (this.female[i]) this.woman[u] = i;
      else this.man[u] = i;
      this.unitOf[i] = u;
    }
    this.attachParents(rng);
    this.finish(rng);
  }

  /** Ages and sexes: systematic sampling over the age × sex cells, then dates of birth, then a shuffle. */
  private sample(context: Context, rng: Random, n: number): void {
    const cells = context.ageSexCells;
    const offset = rng.next();
    for (let i = 0; i < n; i++) {
      const cell = cumulativeIndex(cells, (i + offset) / n);
      const group = AGE_GROUPS[cell >> 1] as (typeof AGE_GROUPS)[number];
      const age =
        group.to === OLDEST_AGE
          ? group.from + cumulativeIndex(context.openGroupAges, rng.next())
          : group.from + rng.int(group.to - group.from + 1);
      this.age[i] = age;
      this.female[i] = cell & 1;
      // Born after the (age+1)th anniversary before asOf and on or before the age-th: exactly `age` at asOf.
      const latest = context.yearsBefore[age] as number;
      const earliest = (context.yearsBefore[age + 1] as number) + 1;
      this.birth[i] = earliest + rng.int(latest - earliest + 1);
    }
    for (let i = n - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      const age = this.age[i] as number;
      const female = this.female[i] as number;
      const birth = this.birth[i] as number;
      this.age[i] = this.age[j] as number;
      this.female[i] = this.female[j] as number;
      this.birth[i] = this.birth[j] as number;
      this.age[j] = age;
      this.female[j] = female;
      this.birth[j] = birth;
    }
  }

  private newUnit(): number {
    const u = this.units++;
    this.man[u] = -1;
    this.woman[u] = -1;
    this.kids[u] = -1;
    this.kidCount[u] = 0;
    this.seniorUnit[u] = -1;
    this.hosted[u] = 0;
    this.side[u] = 0;
    this.others[u] = -1;
    return u;
  }

  private addKid(i: number, u: number): void {
    this.unitOf[i] = u;
    this.inKids[i] = 1;
    this.next[i] = this.kids[u] as number;
    this.kids[u] = i;
    this.kidCount[u] = (this.kidCount[u] as number) + 1;
  }

  private addOther(i: number, u: number, role: number): void {
    this.unitOf[i] = u;
    this.role[i] = role;
    this.next[i] = this.others[u] as number;
    this.others[u] = i;
  }

  /** Men with a wife take one of a plausible age among the unpaired women. */
  private pair(rng: Random): void {
    const n = this.n;
    for (let i = 0; i < n; i++) {
      if (this.female[i] && (this.age[i] as number) >= MARRIAGE_AGE.female)
        (this.womenByAge[this.age[i] as number] as number[]).push(i);
    }
    for (let i = 0; i < n; i++) {
      const age = this.age[i] as number;
      if (this.female[i] || age < MARRIAGE_AGE.male) continue;
      if (!rng.chance(MAN_MARRIED_BY_AGE[age] as number)) continue;
      const target = age - (GAP_VALUES[cumulativeIndex(GAP_CUMULATIVE, rng.next())] as number);
      for (let k = 0; k < 7; k++) {
        const a = target + (SEARCH[k] as number);
        if (a < MARRIAGE_AGE.female || a >= AGES) continue;
        const j = (this.womenByAge[a] as number[]).pop();
        if (j === undefined) continue;
        const u = this.newUnit();
        this.man[u] = i;
        this.woman[u] = j;
        this.unitOf[i] = u;
        this.unitOf[j] = u;
        this.marital[i] = MARRIED;
        this.marital[j] = MARRIED;
        (this.mothersByAge[a] as number[]).push(u);
        break;
      }
    }
    // Women without a husband: many are mothers living with their children.
    for (let a = MARRIAGE_AGE.female; a < AGES; a++) {
      const single = this.singleWomenByAge[a] as number[];
      const motherAge = a >= SINGLE_MOTHER_AGES[0] && a <= SINGLE_MOTHER_AGES[1];
      for (const j of this.womenByAge[a] as number[]) {
        if (motherAge && rng.chance(SINGLE_MOTHER_SHARE)) {
          const u = this.newUnit();
          this.woman[u] = j;
          this.unitOf[j] = u;
          (this.mothersByAge[a] as number[]).push(u);
        } else single.push(j);
      }
    }
  }

  /** A unit with a mother of the wanted age (± a few years) that takes one more child, or −1. */
  private findMother(
    rng: Random,
    childAge: number,
    target: number,
    minGap: number,
    reach: number,
  ): number {
    for (let k = 0; k < reach; k++) {
      const a = target + (SEARCH[k] as number);
      if (a - childAge < minGap || a >= AGES || a < 0) continue;
      const bucket = this.mothersByAge[a] as number[];
      for (let tries = 0; tries < 3 && bucket.length > 0; tries++) {
        const t = rng.int(bucket.length);
        const u = bucket[t] as number;
        const count = this.kidCount[u] as number;
        const p = ANOTHER_CHILD[Math.min(count, ANOTHER_CHILD.length - 1)] as number;
        if (p < 1 && !rng.chance(p)) continue;
        if (count + 1 >= 6) {
          bucket[t] = bucket[bucket.length - 1] as number;
          bucket.pop();
        }
        return u;
      }
    }
    return -1;
  }

  private placeChildren(rng: Random): void {
    const n = this.n;
    const reach = 2 * MOTHER_SEARCH_YEARS + 1;
    for (let i = 0; i < n; i++) {
      if (this.unitOf[i] !== -1) continue;
      const age = this.age[i] as number;
      if (age >= 18 && !rng.chance(AT_HOME_BY_AGE[age] as number)) continue;
      const motherAge = MOTHER_AGE_VALUES[
        cumulativeIndex(MOTHER_AGE_CUMULATIVE, rng.next())
      ] as number;
      const target = age + motherAge;
      let u = this.findMother(rng, age, target, 16, reach);
      if (u >= 0) {
        this.addKid(i, u);
        continue;
      }
      // A single mother of the right age among the women without a husband.
      for (let k = 0; k < reach && u < 0; k++) {
        const a = target + (SEARCH[k] as number);
        if (a - age < 16 || a >= AGES) continue;
        const bucket = this.singleWomenByAge[a] as number[];
        while (bucket.length > 0) {
          const j = bucket.pop() as number;
          if (this.unitOf[j] !== -1) continue;
          u = this.newUnit();
          this.woman[u] = j;
          this.unitOf[j] = u;
          (this.mothersByAge[a] as number[]).push(u);
          break;
        }
      }
      if (u >= 0) {
        this.addKid(i, u);
        continue;
      }
      if (age >= 18) continue;
      // Grandparents' household.
      u = this.findMother(rng, age, age + 50, 36, SEARCH.length);
      if (u >= 0) {
        this.addOther(i, u, GRANDCHILD);
        continue;
      }
      // Any unit with an adult old enough (an aunt or uncle); in a tiny block, the child alone.
      for (let tries = 0; tries < 16 && this.units > 0 && u < 0; tries++) {
        const candidate = rng.int(this.units);
        const w = this.woman[candidate] as number;
        const adult = w >= 0 ? w : (this.man[candidate] as number);
        if (adult >= 0 && (this.age[adult] as number) >= age + 16) u = candidate;
      }
      if (u >= 0) this.addOther(i, u, NIECE_NEPHEW);
    }
  }

  /**
   * Parents living with a married child: a unit of the parents' generation (a widowed elder, an
   * elderly couple, or parents with their unmarried children) joins the household of a child's
   * family as its senior unit.
   */
  private attachParents(rng: Random): void {
    const count = this.units;
    for (let s = 0; s < count; s++) {
      if (this.hosted[s] || this.seniorUnit[s] !== -1 || this.others[s] !== -1) continue;
      const m = this.man[s] as number;
      const w = this.woman[s] as number;
      const eldest = w >= 0 ? w : m;
      if (eldest < 0) continue;
      const age = this.age[eldest] as number;
      if (!rng.chance(PARENTS_WITH_CHILD_BY_AGE[age] as number)) continue;
      // The child's family: through the daughter or the son (the son's side more often).
      const sonSide = rng.chance(ELDER_HEADS_SIDE);
      const gap = MOTHER_AGE_VALUES[cumulativeIndex(MOTHER_AGE_CUMULATIVE, rng.next())] as number;
      const parentAge = w >= 0 ? age : age - 3;
      const host = this.findHost(rng, parentAge - gap + (sonSide ? -3 : 0), parentAge, s);
      if (host < 0) continue;
      this.seniorUnit[host] = s;
      this.hosted[s] = 1;
      this.side[host] = this.man[host] === -1 ? 1 : this.woman[host] === -1 ? 0 : sonSide ? 0 : 1;
    }
  }

  /** A couple or single-parent unit whose wife is about `target` years old, younger than the parent by 16+, that can host. */
  private findHost(rng: Random, target: number, parentAge: number, not: number): number {
    for (let k = 0; k < 13; k++) {
      const a = target + (SEARCH[k] as number);
      if (a < 18 || a > parentAge - 16) continue;
      const bucket = this.mothersByAge[a] as number[];
      for (let tries = 0; tries < 4 && bucket.length > 0; tries++) {
        const u = bucket[rng.int(bucket.length)] as number;
        if (u !== not && !this.hosted[u] && this.seniorUnit[u] === -1 && this.seniorUnit[not] !== u)
          return u;
      }
    }
    return -1;
  }

  /** Marital status of a person without a spouse in the household. */
  private unpairedStatus(rng: Random, i: number, atHome: boolean): number {
    const age = this.age[i] as number;
    if (age < 18) return NEVER_MARRIED;
    if (atHome) return rng.chance(0.93) ? NEVER_MARRIED : DIVORCED;
    const row = UNPAIRED_BY_AGE[age] as readonly [number, number];
    const u = rng.next();
    return u < row[0] ? NEVER_MARRIED : u < row[1] ? DIVORCED : WIDOWED;
  }

  /** Statuses and family-name sources inside one unit; returns where its children's name comes from. */
  private settleUnit(rng: Random, u: number, absent: number): number {
    const m = this.man[u] as number;
    const w = this.woman[u] as number;
    if (m >= 0 && w < 0) this.marital[m] = this.unpairedStatus(rng, m, false);
    if (w >= 0 && m < 0) this.marital[w] = this.unpairedStatus(rng, w, false);
    // Children carry the father's name, or an unmarried mother's.
    const source = m >= 0 ? m : w >= 0 && this.marital[w] === NEVER_MARRIED ? w : absent;
    for (let k = this.kids[u] as number; k >= 0; k = this.next[k] as number) {
      this.famSource[k] = source;
      this.marital[k] = this.unpairedStatus(rng, k, true);
    }
    for (let o = this.others[u] as number; o >= 0; o = this.next[o] as number) {
      if (this.role[o] === GRANDCHILD && m >= 0) this.famSource[o] = m;
      this.marital[o] = this.unpairedStatus(rng, o, true);
    }
    return source;
  }

  /** Choose heads and relationships; lay households out in order. */
  private finish(rng: Random): void {
    let out = 0;
    let households = 0;
    const members = this.members;
    // Households in random order, so that any range of ids mixes every kind of household.
    const live = this.live;
    let count = 0;
    for (let u = 0; u < this.units; u++) if (!this.hosted[u]) live[count++] = u;
    for (let k = count - 1; k > 0; k--) {
      const j = rng.int(k + 1);
      const t = live[k] as number;
      live[k] = live[j] as number;
      live[j] = t;
    }
    for (let index = 0; index < count; index++) {
      const u = live[index] as number;
      const m = this.man[u] as number;
      const w = this.woman[u] as number;
      const s = this.seniorUnit[u] as number;
      this.settleUnit(rng, u, ABSENT_FATHER_NAME);
      let link = -1;
      if (s >= 0) {
        // The linking child carries the same name as the senior unit's children.
        link = this.side[u] === 0 ? m : w;
        this.famSource[link] = this.settleUnit(rng, s, SENIOR_ABSENT_FATHER_NAME);
      }
      // Head: the senior unit's eldest adult while under ELDER_HEAD_UNTIL, else the junior unit.
      const sm = s >= 0 ? (this.man[s] as number) : -1;
      const sw = s >= 0 ? (this.woman[s] as number) : -1;
      const seniorHead = sm >= 0 ? sm : sw;
      const seniorLeads = seniorHead >= 0 && (this.age[seniorHead] as number) < ELDER_HEAD_UNTIL;
      let size = 0;
      if (seniorLeads) {
        this.role[seniorHead] = HEAD;
        const seniorSpouse = seniorHead === sm ? sw : sm;
        if (seniorSpouse >= 0) this.role[seniorSpouse] = SPOUSE;
        for (let k = this.kids[s] as number; k >= 0; k = this.next[k] as number)
          this.role[k] = CHILD;
        this.role[link] = CHILD;
        const inLaw = link === m ? w : m;
        if (inLaw >= 0) this.role[inLaw] = CHILD_IN_LAW;
        for (let k = this.kids[u] as number; k >= 0; k = this.next[k] as number)
          this.role[k] = GRANDCHILD;
      } else {
        const head = m >= 0 && w >= 0 ? (rng.chance(WIFE_HEAD_SHARE) ? w : m) : m >= 0 ? m : w;
        this.role[head] = HEAD;
        const spouse = head === m ? w : m;
        if (spouse >= 0) this.role[spouse] = SPOUSE;
        for (let k = this.kids[u] as number; k >= 0; k = this.next[k] as number)
          this.role[k] = CHILD;
        if (s >= 0) {
          const own = link === head;
          if (sm >= 0) this.role[sm] = own ? PARENT : PARENT_IN_LAW;
          if (sw >= 0) this.role[sw] = own ? PARENT : PARENT_IN_LAW;
          for (let k = this.kids[s] as number; k >= 0; k = this.next[k] as number)
            this.role[k] = own ? SIBLING : SIBLING_IN_LAW;
        }
      }
      // Members in register order: head, spouse, children (eldest first), …
      const add = (i: number) => {
        members[size++] = i;
      };
      if (m >= 0) add(m);
      if (w >= 0) add(w);
      for (let k = this.kids[u] as number; k >= 0; k = this.next[k] as number) add(k);
      for (let o = this.others[u] as number; o >= 0; o = this.next[o] as number) add(o);
      if (s >= 0) {
        if (sm >= 0) add(sm);
        if (sw >= 0) add(sw);
        for (let k = this.kids[s] as number; k >= 0; k = this.next[k] as number) add(k);
        if (sm >= 0) this.senior[sm] = 1;
        if (sw >= 0) this.senior[sw] = 1;
        for (let k = this.kids[s] as number; k >= 0; k = this.next[k] as number) this.senior[k] = 1;
      }
      for (let a = 1; a < size; a++) {
        const x = members[a] as number;
        const rx = this.rank(x);
        let b = a - 1;
        while (b >= 0 && this.rank(members[b] as number) > rx) {
          members[b + 1] = members[b] as number;
          b--;
        }
        members[b + 1] = x;
      }
      this.start[households] = out;
      this.coreMan[households] = m;
      this.coreWoman[households] = w;
      this.link[households] = link;
      for (let a = 0; a < size; a++) this.order[out++] = members[a] as number;
      households++;
    }
    this.start[households] = out;
    this.households = households;
  }

  /** Sort key: relationship order, then age (eldest first), then pool index. */
  private rank(i: number): number {
    return (
      (ROLE_ORDER[this.role[i] as number] ?? 10) * 1_000_000 +
      (OLDEST_AGE + 1 - (this.age[i] as number)) * 4096 +
      i
    );
  }
}
