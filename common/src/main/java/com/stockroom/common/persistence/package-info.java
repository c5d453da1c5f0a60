/**
 * Database plumbing shared by the modules: schema migration at deployment, and read routing that
 * sends reads outside transactions to the streaming replica while it is current enough for them.
 */
package com.stockroom.common.persistence;
