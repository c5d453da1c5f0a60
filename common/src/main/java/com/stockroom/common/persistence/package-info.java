/** Database plumbing shared by the modules: schema migration at deployment and SQL helpers. */
package com.stockroom.common.persistence;
