//! The crate's hash maps and sets: std's, with the hasher chosen per target.
//!
//! Native builds keep std's `RandomState`: SipHash with random keys, so no
//! text can be crafted to make lookups slow. On `wasm32-unknown-unknown`
//! std has no source of randomness and seeds `RandomState` from the
//! addresses of two fresh allocations, the same on every run, so SipHash
//! buys no such protection there; FNV-1a is as good, and leaves SipHash and
//! the seeding out of the module (about 1 KB of gzipped WebAssembly). No
//! output depends on a map's order: native and wasm print the same documents.

use std::hash::{BuildHasher, Hasher};

/// `std::collections::HashMap` with this target's hasher.
pub type HashMap<K, V> = std::collections::HashMap<K, V, State>;

/// `std::collections::HashSet` with this target's hasher.
pub type HashSet<K> = std::collections::HashSet<K, State>;

/// The hasher of [`HashMap`] and [`HashSet`].
#[cfg(not(target_arch = "wasm32"))]
pub type State = std::hash::RandomState;

/// The hasher of [`HashMap`] and [`HashSet`].
#[cfg(target_arch = "wasm32")]
pub type State = Fnv;

/// FNV-1a, for short keys: fast to compute, and for maps that lexicons fill
/// (no text chooses their keys) as good as any hash, on every target.
#[derive(Default, Clone, Copy)]
pub struct Fnv;

pub struct FnvHasher(u64);

impl BuildHasher for Fnv {
    type Hasher = FnvHasher;
    fn build_hasher(&self) -> FnvHasher {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ *b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }
}
