package org.sipar.advisory.internal.article;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.sipar.advisory.internal.media.Media;
import org.sipar.identity.CurrentUser;
import org.sipar.platform.InputRejected;
import org.sipar.platform.NotPermitted;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The writers' pages under {@code /awareness/workroom}: the articles being written, the editor (a multipart form,
 * so that a hero image is uploaded with it) and the workflow's steps. A step the state does not allow answers 409;
 * a form with problems comes back with each named, nothing typed lost.
 */
@Controller
class ArticleWorkroomPages {

    private final ArticleDesk desk;
    private final Media media;

    ArticleWorkroomPages(ArticleDesk desk, Media media) {
        this.desk = desk;
        this.media = media;
    }

    @GetMapping("/awareness/workroom")
    String list(Authentication auth, Model model) {
        model.addAttribute("articles", desk.all(writer(auth)));
        return "advisory/article/workroom";
    }

    @GetMapping("/awareness/workroom/new")
    String create(Authentication auth, Model model) {
        return editor(model, writer(auth), null, ArticleForm.blank(), null, null);
    }

    @PostMapping("/awareness/workroom")
    String created(Authentication auth, HttpServletRequest request, @RequestParam(required = false) MultipartFile hero,
                   HttpServletResponse response, Model model) throws IOException {
        CurrentUser user = writer(auth);
        ArticleForm form = ArticleForm.blank();
        try {
            form = withHero(user, ArticleForm.of(request.getParameterMap()), hero);
            return "redirect:/awareness/workroom/" + desk.create(user, form.audience(), form.content()).id() + "?saved";
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editor(model, user, null, form, null, e);
        }
    }

    @GetMapping("/awareness/workroom/{id}")
    String show(Authentication auth, @PathVariable UUID id, @RequestParam(required = false) UUID image, Model model) {
        CurrentUser user = writer(auth);
        Article a = desk.open(user, id);
        return editor(model, user, a, ArticleForm.of(a), image, null);
    }

    @PostMapping("/awareness/workroom/{id}")
    String save(Authentication auth, @PathVariable UUID id, @RequestParam long lockVersion, HttpServletRequest request,
                @RequestParam(required = false) MultipartFile hero, HttpServletResponse response, Model model) throws IOException {
        CurrentUser user = writer(auth);
        Article current = desk.open(user, id);
        ArticleForm form = ArticleForm.of(current);
        try {
            form = withHero(user, ArticleForm.of(request.getParameterMap()), hero);
            desk.save(user, id, lockVersion, form.audience(), form.content());
            return "redirect:/awareness/workroom/" + id + "?saved";
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editor(model, user, current, form, null, e);
        }
    }

    @PostMapping("/awareness/workroom/{id}/{step:submit|return|approve|publish|revise|withdraw}")
    String step(Authentication auth, @PathVariable UUID id, @PathVariable String step,
                @RequestParam(defaultValue = "-1") long lockVersion, HttpServletResponse response, Model model) {
        CurrentUser user = writer(auth);
        try {
            switch (step) {
                case "submit" -> desk.submit(user, id, lockVersion);
                case "return" -> desk.returnToDraft(user, id, lockVersion);
                case "approve" -> desk.approve(user, id, lockVersion);
                case "publish" -> desk.publish(user, id, lockVersion);
                case "revise" -> desk.revise(user, id, lockVersion);
                default -> desk.withdraw(user, id, lockVersion);
            }
            return "redirect:/awareness/workroom/" + id + "?" + step;
        } catch (InputRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Article a = desk.open(user, id);
            return editor(model, user, a, ArticleForm.of(a), null, e);
        }
    }

    /** The form with the hero image uploaded alongside it, if one was. */
    private ArticleForm withHero(CurrentUser user, ArticleForm form, MultipartFile hero) throws IOException {
        if (hero == null || hero.isEmpty()) {
            return form;
        }
        if (hero.getSize() > 5L * 1024 * 1024) {
            throw new InputRejected("hero", hero.getOriginalFilename(), "is " + hero.getSize() + " bytes: an image is at most 5 MB");
        }
        return form.withHero(media.upload(user, hero.getOriginalFilename(), hero.getBytes()));
    }

    private String editor(Model model, CurrentUser user, Article a, ArticleForm form, UUID uploaded, InputRejected problems) {
        model.addAttribute("viewer", user.personId());
        model.addAttribute("article", a);
        model.addAttribute("form", form);
        model.addAttribute("uploaded", uploaded == null ? null : Media.path(uploaded));
        model.addAttribute("errors", problems == null ? List.of() : problems.problems());
        return "advisory/article/editor";
    }

    private CurrentUser writer(Authentication auth) {
        CurrentUser user = CurrentUser.of(auth).orElseThrow(() -> new NotPermitted("Sign in to write awareness articles"));
        if (!desk.writes(user)) {
            throw new NotPermitted("Only analysts of the national CERT write and review awareness articles");
        }
        return user;
    }
}
