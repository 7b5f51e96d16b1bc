//! Birth dates and identity sequence numbers that never repeat.
//!
//! An identity number is region + birth date + a 3-digit sequence + a check character.
//! Every (birth date, sequence) pair is a slot; the slots of one year are
//! `days × per_day(year)`, so more people are born in the years with more slots
//! (most talents in 1975–1999, few in the 1950s or 2000s). Talent `i` takes slot
//! `(i × M + offset(seed)) mod CAPACITY`, with `M` prime and larger than the capacity:
//! a bijection, so two talents of one seed share a slot only if their indexes are
//! `CAPACITY` apart — whatever their regions.

use jiff::civil::Date;

const FIRST_YEAR: i16 = 1955;
const YEARS: usize = 50; // 1955–2004

/// Slots per day of a year: how common that birth year is among talents (≤ 1000).
const fn per_day(year: i16) -> u64 {
    match year {
        ..=1959 => 60,
        1960..=1964 => 200,
        1965..=1969 => 450,
        1970..=1974 => 650,
        1975..=1979 => 850,
        1980..=1994 => 1000,
        1995..=1999 => 800,
        2000..=2002 => 400,
        _ => 120,
    }
}

pub(crate) const fn is_leap(y: i16) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

const fn days_in(y: i16) -> u64 {
    if is_leap(y) { 366 } else { 365 }
}

/// The first slot of each year; the last entry is the capacity.
const STARTS: [u64; YEARS + 1] = {
    let mut s = [0; YEARS + 1];
    let mut i = 0;
    while i < YEARS {
        let y = FIRST_YEAR + i as i16;
        s[i + 1] = s[i] + days_in(y) * per_day(y);
        i += 1;
    }
    s
};

/// How many talents of one seed get distinct (birth date, sequence) pairs.
pub(crate) const CAPACITY: u64 = STARTS[YEARS];

/// Knuth's multiplicative-hash prime: prime and larger than the capacity, so coprime
/// with it and `i ↦ i × M mod CAPACITY` is a permutation.
const MULTIPLIER: u64 = 2_654_435_761;

const fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

// Checked when compiling: the slot map is a permutation, and roomy.
const _: () = assert!(gcd(MULTIPLIER, CAPACITY) == 1 && CAPACITY > 10_000_000);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Birth {
    pub date: Date,
    /// 0–999; odd for men, as the identity number's 17th digit says.
    pub sequence: u32,
}

fn mix(mut z: u64) -> u64 {
    // splitmix64's finaliser
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The slot of talent `index`.
fn slot(seed: u64, index: u64) -> u64 {
    let offset = mix(seed) % CAPACITY;
    // (CAPACITY − 1) × MULTIPLIER < 2^55: no overflow.
    ((index % CAPACITY) * MULTIPLIER % CAPACITY + offset) % CAPACITY
}

/// (year, day of the year from 0, sequence): strictly increasing with the slot.
fn decode(slot: u64) -> (i16, u16, u32) {
    let y = STARTS.partition_point(|s| *s <= slot).clamp(1, YEARS) - 1;
    let year = FIRST_YEAR + y as i16;
    let within = slot - STARTS[y];
    let cap = per_day(year);
    // Spread the sequences of a day over 000–999 (an injective stretch: cap ≤ 1000).
    let sequence = (within % cap) * 1000 / cap;
    (year, (within / cap) as u16, sequence as u32)
}

/// The date `day` days after the 1st of January of `year` (`day` < days of the year).
fn date_of(year: i16, mut day: u16) -> Date {
    const LEN: [u16; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let mut month = 0;
    while month < 11 {
        let len = LEN[month] + u16::from(month == 1 && is_leap(year));
        if day < len {
            break;
        }
        day -= len;
        month += 1;
    }
    jiff::civil::date(year, month as i8 + 1, day as i8 + 1)
}

/// Talent `index`'s birth date and identity sequence number.
pub(crate) fn birth(seed: u64, index: u64) -> Birth {
    let (year, day, sequence) = decode(slot(seed, index));
    Birth {
        date: date_of(year, day),
        sequence,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_is_strictly_increasing_so_no_two_slots_share_a_birth_and_sequence() {
        let mut last = decode(0);
        assert_eq!(last, (1955, 0, 0));
        for s in 1..CAPACITY {
            let d = decode(s);
            assert!(d > last, "slot {s}: {d:?} after {last:?}");
            assert!(u64::from(d.1) < days_in(d.0) && d.2 < 1000);
            last = d;
        }
        assert_eq!(last.0, 2004);
    }

    #[test]
    fn days_of_the_year_become_dates() {
        assert_eq!(date_of(1980, 0), jiff::civil::date(1980, 1, 1));
        assert_eq!(date_of(1980, 59), jiff::civil::date(1980, 2, 29));
        assert_eq!(date_of(1981, 59), jiff::civil::date(1981, 3, 1));
        assert_eq!(date_of(1980, 365), jiff::civil::date(1980, 12, 31));
        assert_eq!(date_of(1981, 364), jiff::civil::date(1981, 12, 31));
    }
}
