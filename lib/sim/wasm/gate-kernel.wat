;; The gate kernel's matrix-vector product in WebAssembly SIMD (f64x2), float64.
;;
;;   out[r] = init[r] + sum_j W[r, j] * v[j]      for every row r
;;
;; W is stored in panels of 8 rows, column-major inside a panel: panel p, column j holds the
;; 8 entries W[8p .. 8p+7, j] side by side (64 bytes), so one column of a panel is four v128
;; loads and the vector entry v[j] is loaded once (splat) for 8 rows. Each row still has ONE
;; accumulator (one f64x2 lane) that starts from init[r] and adds W[r, j] * v[j] in column
;; order, a multiply then an add, each rounded (no fused multiply-add): every result is
;; bit-for-bit the scalar loop's in models/kernel.ts. The four accumulators (8 rows) are
;; independent chains, so the adds overlap in the pipeline.
;;
;; All pointers are byte offsets into the imported memory, 16-byte aligned; rows are padded to
;; a multiple of 8 by the caller (zero weight rows), panels >= 1 and cols >= 1.
;; Rebuild the committed bytes with `npm run build:wasm` after editing this file.
(module
  (import "env" "memory" (memory 1))

  (func (export "matvec")
    (param $w i32) (param $panels i32) (param $cols i32)
    (param $v i32) (param $init i32) (param $out i32)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $s v128) (local $vp i32) (local $vend i32)
    (local.set $vend (i32.add (local.get $v) (i32.shl (local.get $cols) (i32.const 3))))
    (loop $panel
      (local.set $a0 (v128.load offset=0 (local.get $init)))
      (local.set $a1 (v128.load offset=16 (local.get $init)))
      (local.set $a2 (v128.load offset=32 (local.get $init)))
      (local.set $a3 (v128.load offset=48 (local.get $init)))
      (local.set $vp (local.get $v))
      (loop $col
        (local.set $s (v128.load64_splat (local.get $vp)))
        (local.set $a0 (f64x2.add (local.get $a0)
          (f64x2.mul (v128.load offset=0 (local.get $w)) (local.get $s))))
        (local.set $a1 (f64x2.add (local.get $a1)
          (f64x2.mul (v128.load offset=16 (local.get $w)) (local.get $s))))
        (local.set $a2 (f64x2.add (local.get $a2)
          (f64x2.mul (v128.load offset=32 (local.get $w)) (local.get $s))))
        (local.set $a3 (f64x2.add (local.get $a3)
          (f64x2.mul (v128.load offset=48 (local.get $w)) (local.get $s))))
        (local.set $w (i32.add (local.get $w) (i32.const 64)))
        (local.set $vp (i32.add (local.get $vp) (i32.const 8)))
        (br_if $col (i32.lt_u (local.get $vp) (local.get $vend))))
      (v128.store offset=0 (local.get $out) (local.get $a0))
      (v128.store offset=16 (local.get $out) (local.get $a1))
      (v128.store offset=32 (local.get $out) (local.get $a2))
      (v128.store offset=48 (local.get $out) (local.get $a3))
      (local.set $init (i32.add (local.get $init) (i32.const 64)))
      (local.set $out (i32.add (local.get $out) (i32.const 64)))
      (local.set $panels (i32.sub (local.get $panels) (i32.const 1)))
      (br_if $panel (local.get $panels))))
)
