/** JSON-P helpers shared by every module. */
package com.stockroom.common.json;
