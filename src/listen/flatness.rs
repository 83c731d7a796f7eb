//! How noise-like a frame sounds: the spectral flatness of its speech
//! band (the geometric mean of the power spectrum over its arithmetic
//! mean). A voice is a few harmonics and formants, far from flat (under
//! 0.05 for most voiced frames); hiss, fans and pink or white noise are
//! flat (0.3 to 0.6), whatever their level. The gate asks this only of
//! frames loud enough to be speech, so silence costs nothing.

/// The transform's length: a 30 ms frame (480 samples) padded to 512.
const N: usize = 512;
/// The speech band's bins at 16 kHz (31.25 Hz each): 94 Hz to 4 kHz,
/// where a voice's harmonics are; above it, a voice's fricatives are as
/// flat as noise.
const BAND: std::ops::Range<usize> = 3..128;

/// The spectral flatness of `frame` (at most 512 samples at 16 kHz) in
/// the speech band: 0 for a pure tone, about 0.56 for white noise; 1 for
/// a frame with no power at all (nothing to call a voice).
pub fn flatness(frame: &[f32]) -> f32 {
    let len = frame.len().min(N);
    let mut re = [0f32; N];
    let mut im = [0f32; N];
    // A Hann window, so that a harmonic does not leak over the whole band.
    for (i, s) in frame[..len].iter().enumerate() {
        let w = 0.5 - 0.5 * (std::f32::consts::TAU * i as f32 / len as f32).cos();
        re[i] = s * w;
    }
    fft(&mut re, &mut im);
    let power = BAND.map(|k| f64::from(re[k] * re[k] + im[k] * im[k]));
    let (mut logs, mut sum, n) = (0.0, 0.0, BAND.len() as f64);
    for p in power {
        logs += (p + 1e-12).ln();
        sum += p;
    }
    if sum <= 1e-9 {
        return 1.0;
    }
    ((logs / n).exp() / (sum / n)) as f32
}

/// An in-place radix-2 FFT of 512 points.
fn fft(re: &mut [f32; N], im: &mut [f32; N]) {
    // Bit-reversed order first.
    let bits = N.trailing_zeros();
    for i in 0..N {
        let j = i.reverse_bits() >> (usize::BITS - bits);
        if j > i {
            re.swap(i, j);
            im.swap(i, j);
        }
    }
    let mut size = 2;
    while size <= N {
        let step = -std::f32::consts::TAU / size as f32;
        for start in (0..N).step_by(size) {
            for k in 0..size / 2 {
                let (sin, cos) = (step * k as f32).sin_cos();
                let (a, b) = (start + k, start + k + size / 2);
                let (tr, ti) = (re[b] * cos - im[b] * sin, re[b] * sin + im[b] * cos);
                (re[b], im[b]) = (re[a] - tr, im[a] - ti);
                (re[a], im[a]) = (re[a] + tr, im[a] + ti);
            }
        }
        size *= 2;
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A small, seeded noise source (xorshift), uniform in -1..1.
    pub(crate) fn white(seed: u32, n: usize) -> Vec<f32> {
        let mut x = seed.max(1);
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                x as f32 / u32::MAX as f32 * 2.0 - 1.0
            })
            .collect()
    }

    #[test]
    fn the_transform_agrees_with_a_plain_dft() {
        let signal = white(7, N);
        let (mut re, mut im) = ([0f32; N], [0f32; N]);
        re.copy_from_slice(&signal);
        fft(&mut re, &mut im);
        for k in [0, 1, 5, 100, 255, 256, 400] {
            let (mut r, mut i) = (0f64, 0f64);
            for (n, s) in signal.iter().enumerate() {
                let angle = -std::f64::consts::TAU * (k * n) as f64 / N as f64;
                r += f64::from(*s) * angle.cos();
                i += f64::from(*s) * angle.sin();
            }
            assert!((f64::from(re[k]) - r).abs() < 1e-2 && (f64::from(im[k]) - i).abs() < 1e-2, "bin {k}");
        }
    }

    #[test]
    fn a_voice_like_sound_is_far_from_flat_and_noise_is_flat() {
        // A 150 Hz buzz with ten harmonics, as a voiced vowel is.
        let buzz: Vec<f32> = (0..480)
            .map(|i| {
                (1..=10)
                    .map(|h| {
                        (i as f32 * 150.0 * h as f32 * std::f32::consts::TAU / 16_000.0).sin() / h as f32
                    })
                    .sum::<f32>()
                    * 0.1
            })
            .collect();
        assert!(flatness(&buzz) < 0.05, "{}", flatness(&buzz));
        let tone: Vec<f32> = (0..480).map(|i| (i as f32 * 0.09).sin()).collect();
        assert!(flatness(&tone) < 0.05, "{}", flatness(&tone));
        for seed in 1..20 {
            let f = flatness(&white(seed, 480));
            assert!((0.35..0.8).contains(&f), "white noise, seed {seed}: {f}");
        }
        assert_eq!(flatness(&[0.0; 480]), 1.0);
        assert_eq!(flatness(&[]), 1.0);
    }
}
