/**
 * The GIL two ways: {@link dev.spindle.lessons.gil.GilSimulator}, a deterministic model on a virtual clock
 * (pre-3.2 check interval vs 3.2+ switch interval, one core vs many), and {@link dev.spindle.lessons.gil.RealGil},
 * a global lock real Java threads must hold to "run bytecode".
 */
package dev.spindle.lessons.gil;
