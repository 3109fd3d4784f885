//! The device's date.

use crate::engine::date::Date;

/// Today on the user's device (the browser's clock; the system clock natively).
pub fn today() -> Date {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        Date::from_ymd_opt(
            now.get_full_year() as i32,
            now.get_month() + 1,
            now.get_date(),
        )
        .expect("the browser gives a real date")
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        Date::from_ymd_opt(1970, 1, 1).expect("epoch") + chrono::Days::new(secs / 86_400)
    }
}
