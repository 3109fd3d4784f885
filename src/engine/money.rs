//! Money as whole minor units (tiyn, tyiyn) of a currency, so amounts add up exactly and
//! a fee reads the same in every output.

use serde::{Deserialize, Serialize};

/// An amount in a currency (`KZT`, `KGS`), counted in hundredths.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    /// Hundredths of the currency's unit.
    pub minor: i64,
    pub currency: String,
}

impl Money {
    /// `amount` units, to the nearest hundredth (half away from zero).
    pub fn of_major(amount: f64, currency: &str) -> Money {
        Money {
            minor: (amount * 100.0).round() as i64,
            currency: currency.to_string(),
        }
    }

    /// The amount in units, for display and comparison.
    pub fn major(&self) -> f64 {
        self.minor as f64 / 100.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products_keep_their_hundredths() {
        // 0.2 × 3 063 ₸ = 612.60 ₸; 2 × 3 932 ₸ = 7 864 ₸.
        assert_eq!(Money::of_major(0.2 * 3063.0, "KZT").minor, 61_260);
        assert_eq!(Money::of_major(2.0 * 3932.0, "KZT").major(), 7864.0);
        assert_eq!(
            Money::of_major(0.1 * 3.0, "KZT").minor,
            30,
            "no binary drift"
        );
    }
}
