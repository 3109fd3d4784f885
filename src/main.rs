//! The browser entry, built by Trunk for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<tartip::ui::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("tartip-web is the browser app: build it with `trunk build` (see README.md).");
}
