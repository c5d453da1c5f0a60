package com.stockroom.catalog.application;

import com.stockroom.catalog.domain.Times;
import com.stockroom.catalog.persistence.Brand;
import com.stockroom.catalog.persistence.Category;
import com.stockroom.catalog.persistence.ProductRepository;
import com.stockroom.catalog.persistence.TaxonomyRepository;
import com.stockroom.common.paging.Page;
import com.stockroom.common.paging.PageRequest;
import com.stockroom.common.persistence.ReadRouter;
import com.stockroom.common.problem.ProblemException;
import com.stockroom.common.problem.ProblemType;
import com.stockroom.common.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/**
 * The category tree and the brands. Anyone may read them (brand contacts are for staff); staff
 * change them. Reads outside transactions go to the replica when it has the latest change.
 */
@Stateless
public class TaxonomyService {

  public static final ProblemType IN_USE = new ProblemType("/problems/in-use", "Still in use", 409);
  public static final ProblemType NAME_TAKEN =
      new ProblemType("/problems/name-taken", "Name taken", 409);

  @PersistenceContext(unitName = "catalog")
  EntityManager primary;

  @PersistenceContext(unitName = "catalog-replica")
  EntityManager replica;

  @Inject ReadRouter router;

  @Inject CatalogCache cache;

  @Inject TaxonomyRepository taxonomy;

  @Inject ProductRepository products;

  @Inject CatalogChanges changes;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Page<CategoryView> categories(PageRequest page, String user) {
    return router.read(
        primary,
        replica,
        user,
        cache.version(CatalogCache.TAXONOMY),
        em -> page(taxonomy.categories(em).stream().map(CategoryView::of).toList(), page));
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CategoryView category(long id, String user) {
    return router
        .read(
            primary,
            replica,
            user,
            cache.version(CatalogCache.TAXONOMY),
            em -> taxonomy.category(em, id))
        .map(CategoryView::of)
        .orElseThrow(() -> ProblemException.notFound("Category " + id));
  }

  public CategoryView createCategory(CategoryRequest request, Caller caller) {
    Access.requireManager(caller);
    Long parentId = request.parentId() == null ? null : Long.parseLong(request.parentId());
    if (parentId != null && taxonomy.category(parentId).isEmpty()) {
      throw ProblemException.invalid("parentId", "no such category");
    }
    String name = request.name().trim();
    refuseSibling(parentId, name, null);
    Category category = new Category(name, parentId, Times.now());
    taxonomy.add(category);
    changed(caller);
    return CategoryView.of(category);
  }

  /** Renames and/or moves a category (merge patch of {@code name} and {@code parentId}). */
  public CategoryView updateCategory(long id, JsonObject body, Caller caller) {
    Access.requireManager(caller);
    MergePatch patch = new MergePatch(body, Set.of("name", "parentId"));
    String name = patch.text("name", 100, false);
    if (patch.isNull("name")) {
      patch.reject("name", "cannot be removed");
    }
    Long parentId = patch.id("parentId");
    patch.throwIfInvalid();
    Category category =
        taxonomy.category(id).orElseThrow(() -> ProblemException.notFound("Category " + id));
    Long newParent = patch.has("parentId") ? parentId : category.parentId();
    if (newParent != null && taxonomy.category(newParent).isEmpty()) {
      throw ProblemException.invalid("parentId", "no such category");
    }
    String newName = name == null ? category.name() : name.trim();
    refuseSibling(newParent, newName, id);
    if (!category.moveUnder(newParent, taxonomy.parents())) {
      throw ProblemException.invalid("parentId", "would put the category inside itself");
    }
    category.rename(newName);
    changed(caller);
    return CategoryView.of(category);
  }

  /** Deletes a category that has neither sub-categories nor products (deleted ones count). */
  public void deleteCategory(long id, Caller caller) {
    Access.requireManager(caller);
    Category category =
        taxonomy.category(id).orElseThrow(() -> ProblemException.notFound("Category " + id));
    if (taxonomy.hasChildren(id) || products.anyInCategory(id)) {
      throw new ProblemException(
          IN_USE, "The category still has sub-categories or products; move them first.");
    }
    taxonomy.remove(category);
    changed(caller);
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Page<BrandView> brands(PageRequest page, Caller caller) {
    boolean staff = caller != null && caller.isManager();
    return router.read(
        primary,
        replica,
        caller == null ? null : Long.toString(caller.userId()),
        cache.version(CatalogCache.TAXONOMY),
        em -> page(taxonomy.brands(em).stream().map(b -> BrandView.of(b, staff)).toList(), page));
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public BrandView brand(long id, Caller caller) {
    boolean staff =
        caller != null && (caller.isManager() || caller.isBrand() && caller.brandId().equals(id));
    return router
        .read(
            primary,
            replica,
            caller == null ? null : Long.toString(caller.userId()),
            cache.version(CatalogCache.TAXONOMY),
            em -> taxonomy.brand(em, id))
        .map(brand -> BrandView.of(brand, staff))
        .orElseThrow(() -> ProblemException.notFound("Brand " + id));
  }

  public BrandView createBrand(BrandRequest request, Caller caller) {
    Access.requireManager(caller);
    String name = request.name().trim();
    if (taxonomy.brandNamed(name, null)) {
      throw new ProblemException(NAME_TAKEN, "A brand named " + name + " exists already.");
    }
    Brand brand = new Brand(name, request.contactEmail().trim(), Times.now());
    taxonomy.add(brand);
    changed(caller);
    return BrandView.of(brand, true);
  }

  /** Renames a brand or changes its contact (merge patch of {@code name}, {@code contactEmail}). */
  public BrandView updateBrand(long id, JsonObject body, Caller caller) {
    Access.requireManager(caller);
    MergePatch patch = new MergePatch(body, Set.of("name", "contactEmail"));
    String name = patch.text("name", 100, false);
    String email = patch.text("contactEmail", 254, false);
    for (String member : List.of("name", "contactEmail")) {
      if (patch.isNull(member)) {
        patch.reject(member, "cannot be removed");
      }
    }
    if (email != null && !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      patch.reject("contactEmail", "must be an e-mail address");
    }
    patch.throwIfInvalid();
    Brand brand = taxonomy.brand(id).orElseThrow(() -> ProblemException.notFound("Brand " + id));
    if (name != null) {
      if (taxonomy.brandNamed(name.trim(), id)) {
        throw new ProblemException(NAME_TAKEN, "A brand named " + name.trim() + " exists already.");
      }
      brand.rename(name.trim());
    }
    if (email != null) {
      brand.changeContact(email.trim());
    }
    changed(caller);
    return BrandView.of(brand, true);
  }

  public void deleteBrand(long id, Caller caller) {
    Access.requireManager(caller);
    Brand brand = taxonomy.brand(id).orElseThrow(() -> ProblemException.notFound("Brand " + id));
    if (products.anyOfBrand(id)) {
      throw new ProblemException(IN_USE, "The brand still has products (deleted ones count).");
    }
    taxonomy.remove(brand);
    changed(caller);
  }

  private void refuseSibling(Long parentId, String name, Long exceptId) {
    if (taxonomy.siblingNamed(parentId, name, exceptId)) {
      throw new ProblemException(
          NAME_TAKEN, "A category named " + name + " exists already at that place in the tree.");
    }
  }

  private void changed(Caller caller) {
    changes.taxonomy();
    changes.by(caller);
  }

  private static <T> Page<T> page(List<T> all, PageRequest page) {
    int from = Math.min(all.size(), page.offset());
    int to = Math.min(all.size(), from + page.size());
    return Page.of(all.subList(from, to), page, all.size());
  }
}
