//! Stable sorting through one shared routine.
//!
//! The standard library's `sort_by_key` is generic over the element, the key
//! and the closure, so each call site brings its own copy of the sort (about
//! 3 KB of WebAssembly each). Here every call site computes a `u64` key per
//! element and shares one sort of `(key, index)` pairs; the index makes the
//! order stable. [`key2`] packs two offsets into one key, [`desc`] turns one
//! round.
//!
//! ```
//! use article_annotator::order::{desc, key2, sort_by_key};
//! let mut spans = vec![(5, 9), (0, 3), (5, 12), (0, 1)];
//! // By start, the longer first on a tie.
//! sort_by_key(&mut spans, |&(s, e)| key2(s, desc(e)));
//! assert_eq!(spans, [(0, 3), (0, 1), (5, 12), (5, 9)]);
//! ```

/// Sorts `v` stably by `key`.
pub fn sort_by_key<T>(v: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<(u64, u32)> = v.iter().enumerate().map(|(i, x)| (key(x), i as u32)).collect();
    sort_pairs(&mut order);
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.iter().filter_map(|&(_, i)| slots[i as usize].take()));
}

/// The one sort: `(key, index)` pairs are distinct, so an unstable sort
/// gives a stable order of the elements.
#[inline(never)]
fn sort_pairs(pairs: &mut [(u64, u32)]) {
    pairs.sort_unstable();
}

/// Two values as one key, `a` first. Each is taken as at most `u32::MAX`:
/// offsets into a text below 4 GB (larger ones tie at the top).
pub fn key2(a: usize, b: usize) -> u64 {
    let clamp = |x: usize| u32::try_from(x).unwrap_or(u32::MAX) as u64;
    clamp(a) << 32 | clamp(b)
}

/// `x` for a descending order inside [`key2`]: `u32::MAX - x`.
pub fn desc(x: usize) -> usize {
    (u32::MAX as usize).saturating_sub(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_stable_and_agrees_with_the_standard_sort() {
        let mut seed = 7u64;
        let mut next = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize % 20
        };
        for n in [0, 1, 2, 3, 10, 100, 1000] {
            let v: Vec<(usize, usize)> = (0..n).map(|i| (next(), i)).collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |&(k, _)| k as u64);
            let mut std = v.clone();
            std.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, std, "n = {n}");
        }
    }

    #[test]
    fn key2_orders_by_the_first_then_the_second() {
        let mut v = vec![(3, 1), (1, 9), (3, 0), (1, 2)];
        sort_by_key(&mut v, |&(a, b)| key2(a, b));
        assert_eq!(v, [(1, 2), (1, 9), (3, 0), (3, 1)]);
        // Descending second.
        sort_by_key(&mut v, |&(a, b)| key2(a, desc(b)));
        assert_eq!(v, [(1, 9), (1, 2), (3, 1), (3, 0)]);
    }
}
