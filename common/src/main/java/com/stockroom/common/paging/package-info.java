/** Paging shared by every list endpoint: page/size with a cap, and opaque keyset cursors. */
package com.stockroom.common.paging;
