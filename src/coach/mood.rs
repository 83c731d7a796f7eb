//! The customer's mood, 1 calm · 2 tense · 3 upset · 4 angry · 5 hostile:
//! its bounds, where a call starts, and how it is shown as a curve. One
//! place for the scale, used by the live call and by practice alike.

/// The calmest mood.
pub const MIN: u8 = 1;
/// The most hostile mood.
pub const MAX: u8 = 5;
/// The mood a call starts with: the customer is upset, or they would not
/// need the coach.
pub const START: u8 = 3;
/// From this mood the customer counts as upset: heard before solutions
/// (sources 001, 003).
pub const UPSET: u8 = 3;
/// An angry customer: where an abusive turn puts the mood at least.
pub const ANGRY: u8 = 4;
/// At or below this mood the customer counts as calm.
pub const CALM: u8 = 2;

/// A mood moved by `change`, kept within the scale.
pub fn moved(mood: u8, change: i8) -> u8 {
    mood.saturating_add_signed(change).clamp(MIN, MAX)
}

/// The Fluent message id of a mood's name (`mood-3`: "upset").
pub fn message_id(mood: u8) -> String {
    format!("mood-{}", mood.clamp(MIN, MAX))
}

/// A mood curve as it is shown and exported: `3 → 4 → 2`.
pub fn curve(moods: impl IntoIterator<Item = u8>) -> String {
    moods.into_iter().map(|m| m.to_string()).collect::<Vec<_>>().join(" → ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moods_stay_on_the_scale() {
        assert_eq!(moved(5, 3), MAX);
        assert_eq!(moved(1, -4), MIN);
        assert_eq!(moved(3, -1), 2);
        assert_eq!(curve([3, 4, 2]), "3 → 4 → 2");
        assert_eq!(message_id(9), "mood-5");
    }
}
