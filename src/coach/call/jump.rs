//! Finding a step to go to: by its number, or by a few letters of its
//! title in the agent's language, matched without case or accents.

use super::CallState;
use crate::coach::playbook::Pack;
use crate::coach::text::fold;

/// The steps that `query` names, best first: the step of that number, or
/// the steps whose title contains the letters (titles that start with them
/// first); every step when the query is empty.
pub fn find_steps(call: &CallState, pack: &Pack, query: &str) -> Vec<usize> {
    let query = query.trim();
    if let Ok(n) = query.parse::<usize>() {
        return (1..=call.steps().len()).contains(&n).then_some(n - 1).into_iter().collect();
    }
    let query = fold(query);
    let title = |i: usize| {
        let id = &call.steps()[i].id;
        fold(pack.step(id).map_or(id.as_str(), |s| s.title.as_str()))
    };
    let mut found: Vec<(bool, usize)> = (0..call.steps().len())
        .filter_map(|i| {
            let t = title(i);
            t.contains(&query).then(|| (!t.split(' ').any(|w| w.starts_with(&query)), i))
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::lang::Lang;
    use crate::coach::playbook::Playbook;

    #[test]
    fn steps_are_found_by_number_or_letters() {
        let pb = Playbook::embedded().expect("valid");
        let pack = pb.pack(Lang::Hr);
        let call = CallState::new(pack, Lang::Hr);
        let id = |found: Vec<usize>| found.first().map(|i| call.steps()[*i].id.clone());
        assert_eq!(id(find_steps(&call, pack, "5")), Some("apologize".into()));
        assert_eq!(id(find_steps(&call, pack, "ispric")), Some("apologize".into()), "without accents");
        assert_eq!(id(find_steps(&call, pack, "isprič")), Some("apologize".into()));
        assert!(find_steps(&call, pack, "99").is_empty());
        assert!(find_steps(&call, pack, "zzz").is_empty());
        assert_eq!(find_steps(&call, pack, "").len(), 16);
        let pt = pb.pack(Lang::Pt);
        let call = CallState::new(pt, Lang::Pt);
        assert_eq!(id(find_steps(&call, pt, "descul")), Some("apologize".into()));
    }
}
