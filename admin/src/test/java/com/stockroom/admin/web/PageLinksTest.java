package com.stockroom.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.stockroom.common.paging.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageLinksTest {

  @Test
  void aMiddlePageLinksBothNeighboursKeepingItsFilters() {
    Page<String> second = new Page<>(List.of("a", "b"), 2, 2, 6, 3, null);

    PageLinks links = new PageLinks(second, Map.of("q", "tea pot", "state", ""));

    assertThat(links.getSummary()).isEqualTo("3–4 of 6");
    assertThat(links.isHasPrevious()).isTrue();
    assertThat(links.isHasNext()).isTrue();
    assertThat(links.getPreviousLink()).isEqualTo("?q=tea+pot&page=1");
    assertThat(links.getNextLink()).isEqualTo("?q=tea+pot&page=3");
  }

  @Test
  void theOnlyPageHasNoNeighbours() {
    PageLinks links = new PageLinks(new Page<>(List.of(), 1, 20, 0, 0, null), Map.of());

    assertThat(links.getSummary()).isEqualTo("Nothing found");
    assertThat(links.isHasPrevious()).isFalse();
    assertThat(links.isHasNext()).isFalse();
  }
}
