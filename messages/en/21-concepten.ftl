## Drafts and review dates

draft-named = `{ $key }` names `{ $id }`, which is a draft (`draft: true` in { $draft }); publish { $draft } too (remove `draft: true`) or remove `{ $id }` here
draft-linked = { $picture ->
    [yes] the picture `{ $target }` belongs to a draft
   *[no] the link to `{ $target }` leads to a draft
} (`draft: true` in { $draft }); publish { $draft } too (remove `draft: true`) or remove the { $picture ->
    [yes] picture
   *[no] link
}
reviewed-in-future = `reviewed` is { $date }, which is after today ({ $today }); write the date on which the facts were checked
review-due = last reviewed on { $date }, { $age } days ago (more than { $days }); check that everything is still right, then set `reviewed: { $today }`
review-due-changed = not reviewed since its last change on { $date }, { $age } days ago (more than { $days }); check that everything is still right, then add `reviewed: { $today }`
