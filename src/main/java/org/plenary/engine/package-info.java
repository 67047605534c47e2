/** Engines that drive the core protocol: the seam every engine implements. */
package org.plenary.engine;
