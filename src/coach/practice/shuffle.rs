//! The order an attempt shows a node's responses in: a permutation per
//! (seed, node id), so the good answer's place says nothing, and the same
//! seed shows the same order again (an attempt can be replayed).
//!
//! A few lines of splitmix64 and Fisher–Yates rather than a crate: the
//! order must stay the same across versions for a seed to replay, which
//! a general-purpose generator does not promise.

/// Seeds taken from the clock or from a retry stay below this, so the
/// seed shown in the debrief is short enough to type back.
pub const SEEDS: u64 = 1_000_000;

/// One step of splitmix64 (Steele, Lea and Flood).
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// FNV-1a of the node id: each node gets its own order from one seed.
fn hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The order of `count` responses at node `node` for `seed`: entry `place`
/// is the index of the response shown at that place.
pub fn order(seed: u64, node: &str, count: usize) -> Vec<usize> {
    let mut state = seed ^ hash(node);
    let mut order: Vec<usize> = (0..count).collect();
    for i in (1..count).rev() {
        // The bias of a modulo is nothing for 2–4 responses.
        let j = (splitmix(&mut state) % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}

/// The seed of the attempt after one seeded with `seed`.
pub fn next(seed: u64) -> u64 {
    let mut state = seed;
    splitmix(&mut state) % SEEDS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::playbook::Playbook;

    fn nodes() -> Vec<(String, usize)> {
        let playbook = Playbook::embedded().unwrap_or_else(|p| panic!("{p}"));
        let scenarios = playbook.scenarios();
        assert!(!scenarios.is_empty());
        scenarios.iter().flat_map(|s| s.nodes.iter().map(|n| (n.id.clone(), n.responses.len()))).collect()
    }

    #[test]
    fn the_same_seed_gives_the_same_order() {
        for (id, count) in nodes() {
            for seed in [0, 1, 42, 999_999, u64::MAX] {
                let shown = order(seed, &id, count);
                assert_eq!(shown, order(seed, &id, count), "{id} with seed {seed}");
                let mut sorted = shown.clone();
                sorted.sort_unstable();
                assert_eq!(sorted, (0..count).collect::<Vec<_>>(), "a permutation: {shown:?}");
            }
        }
    }

    #[test]
    fn different_seeds_give_different_orders() {
        let nodes = nodes();
        for (a, b) in [(1, 2), (42, 43), (7, next(7))] {
            let differ = nodes.iter().filter(|(id, n)| order(a, id, *n) != order(b, id, *n)).count();
            // Two random orders of 3 agree one time in 6: most nodes differ.
            assert!(differ * 2 > nodes.len(), "seeds {a} and {b}: {differ} of {} differ", nodes.len());
        }
    }

    #[test]
    fn over_many_seeds_each_response_lands_in_each_place() {
        for (id, count) in nodes() {
            let mut seen = vec![vec![0_u32; count]; count];
            for seed in 0..400 {
                for (place, response) in order(seed, &id, count).into_iter().enumerate() {
                    seen[response][place] += 1;
                }
            }
            for (response, places) in seen.iter().enumerate() {
                // 400 seeds over at most 4 places: about 100 each.
                assert!(places.iter().all(|&n| n >= 50), "{id}: response {response} placed {places:?}");
            }
        }
    }

    #[test]
    fn the_next_seed_is_short_and_moves_on() {
        let mut seed = 42;
        for _ in 0..100 {
            let after = next(seed);
            assert!(after < SEEDS);
            assert_ne!(after, seed);
            seed = after;
        }
    }
}
